// The histogram (tab/render/charts.hpp): a bar per bin with its count written above it, the
// bins' lower edges under the axis, and each marker as a dashed vertical line at its value with
// its label at the top (markers' labels on separate lines, so two close values stay readable).
#include <algorithm>
#include <cmath>

#include "tab/render/charts.hpp"

namespace tab::svg {

namespace {

constexpr double plot_left = 8;
constexpr double plot_width = 340;
constexpr double plot_height = 150;
constexpr double marker_line = 15;

double plot_top(const Histogram& h) { return 10 + static_cast<double>(h.markers.size()) * marker_line; }

}  // namespace

double bin_width_for(const std::vector<double>& values, int max_bins) {
    if (values.empty()) return 1;
    const auto [lowest, highest] = std::minmax_element(values.begin(), values.end());
    for (double width : {1.0, 2.0, 5.0, 10.0})
        if (std::floor(*highest / width) - std::floor(*lowest / width) + 1 <= max_bins) return width;
    return 20;
}

std::vector<HistogramBin> histogram_bins(const std::vector<double>& values, double width) {
    if (values.empty() || width <= 0) return {};
    const auto [lowest, highest] = std::minmax_element(values.begin(), values.end());
    const double first = std::floor(*lowest / width);
    const size_t count = static_cast<size_t>(std::floor(*highest / width) - first) + 1;
    std::vector<HistogramBin> bins(count);
    for (size_t i = 0; i < count; ++i) bins[i].low = (first + static_cast<double>(i)) * width;
    for (double v : values) ++bins[static_cast<size_t>(std::floor(v / width) - first)].count;
    return bins;
}

double histogram_x(const Histogram& h, double value) {
    if (h.bins.empty()) return plot_left;
    const double span = static_cast<double>(h.bins.size()) * h.width;
    return plot_left + (value - h.bins.front().low) / span * plot_width;
}

Figure histogram(const Histogram& h, std::string title, std::string id) {
    const double top = plot_top(h), base = top + plot_height;
    Figure f(plot_left * 2 + plot_width, base + 44, std::move(title), std::move(id));
    int most = 1;
    for (const HistogramBin& b : h.bins) most = std::max(most, b.count);
    const double bin_width = h.bins.empty() ? 0 : plot_width / static_cast<double>(h.bins.size());
    // Every bin's edge is labelled while that leaves 28 units per label; else every k-th.
    const size_t step = std::max<size_t>(1, static_cast<size_t>(std::ceil(28 / std::max(bin_width, 1.0))));
    for (size_t i = 0; i < h.bins.size(); ++i) {
        const double x = plot_left + static_cast<double>(i) * bin_width;
        const double height = static_cast<double>(h.bins[i].count) / most * (plot_height - 14);
        f.rect(x + 1, base - height, bin_width - 2, height, "#4a7ab5");
        if (h.bins[i].count > 0)
            f.text(x + bin_width / 2, base - height - 3, std::to_string(h.bins[i].count), {Anchor::middle, false, 11});
        if (i % step == 0) f.text(x, base + 14, number(h.bins[i].low), {Anchor::middle, false, 11});
    }
    f.line(plot_left, base, plot_left + plot_width, base, "#333");
    f.text(plot_left + plot_width / 2, base + 34, h.axis_label, {Anchor::middle});
    for (size_t m = 0; m < h.markers.size(); ++m) {
        const double x = histogram_x(h, h.markers[m].value);
        const double label_y = 12 + static_cast<double>(m) * marker_line;
        f.line(x, label_y + 3, x, base, "#b03030", 1.5, true);
        const Anchor anchor = x > plot_left + plot_width * 0.6 ? Anchor::end : Anchor::start;
        f.text(anchor == Anchor::end ? x - 4 : x + 4, label_y, h.markers[m].label, {anchor, true, 11, "#b03030"});
    }
    return f;
}

}  // namespace tab::svg
