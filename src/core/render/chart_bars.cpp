// Horizontal bars (tab/render/charts.hpp): labels right-aligned in a column as wide as the
// longest, bars on one scale, each value written beside its bar.
#include <algorithm>

#include "tab/render/charts.hpp"

namespace tab::svg {

namespace {

constexpr double bar_row = 20;
constexpr double bar_length = 220;

}  // namespace

Figure horizontal_bars(const std::vector<BarGroup>& groups, double max, std::string title, std::string id) {
    double left = 0, headings = 0;
    for (const BarGroup& g : groups) {
        headings = std::max(headings, text_width(g.heading) * 1.1);  // bold
        for (const Bar& b : g.bars) {
            max = std::max(max, b.value);
            left = std::max(left, text_width(b.label) + 14);
        }
    }
    Figure f(std::max(left + bar_length + 60, headings), 0, std::move(title), std::move(id));
    double y = 4;
    for (const BarGroup& g : groups) {
        if (!g.heading.empty()) {
            f.text(0, y + 14, g.heading, {Anchor::start, true});
            y += bar_row;
        }
        for (const Bar& b : g.bars) {
            f.text(left - 6, y + 14, b.label, {Anchor::end});
            const double length = max > 0 ? b.value / max * bar_length : 0;
            f.rect(left, y + 3, length, bar_row - 6, "#4a7ab5");
            f.text(left + length + 5, y + 14, b.text);
            y += bar_row;
        }
        y += 6;
    }
    f.set_height(y);
    return f;
}

}  // namespace tab::svg
