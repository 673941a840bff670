// The heat map (tab/render/charts.hpp): a cell per count, shaded from near white (none) to dark
// blue (the largest count), the count written in the cell in a colour that reads on its shade.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "tab/render/charts.hpp"

namespace tab::svg {

namespace {

constexpr double cell_width = 44;
constexpr double cell_height = 22;

// The shade of a share 0..1 between #f4f7fb and #1f4e8c.
std::string shade(double share) {
    auto mix = [share](int from, int to) {
        return static_cast<int>(std::lround(from + (to - from) * share));
    };
    return fmt::format("#{:02x}{:02x}{:02x}", mix(0xf4, 0x1f), mix(0xf7, 0x4e), mix(0xfb, 0x8c));
}

}  // namespace

Figure heat_map(const HeatMap& map, std::string title, std::string id) {
    double left = 0;
    int most = 0;
    for (const std::string& row : map.rows) left = std::max(left, text_width(row) + 10);
    for (const std::vector<int>& row : map.counts)
        for (int n : row) most = std::max(most, n);
    const double top = 22;
    Figure f(left + static_cast<double>(map.columns.size()) * cell_width + 2,
             top + static_cast<double>(map.rows.size()) * cell_height + 2, std::move(title), std::move(id));
    for (size_t c = 0; c < map.columns.size(); ++c)
        f.text(left + (static_cast<double>(c) + 0.5) * cell_width, 15, map.columns[c], {Anchor::middle, true});
    for (size_t r = 0; r < map.rows.size(); ++r) {
        const double y = top + static_cast<double>(r) * cell_height;
        f.text(left - 6, y + 15, map.rows[r], {Anchor::end});
        for (size_t c = 0; c < map.columns.size() && c < map.counts[r].size(); ++c) {
            const int n = map.counts[r][c];
            const double share = most > 0 ? static_cast<double>(n) / most : 0;
            const double x = left + static_cast<double>(c) * cell_width;
            f.rect(x, y, cell_width, cell_height, shade(share), "#fff");
            f.text(x + cell_width / 2, y + 15, std::to_string(n),
                   {Anchor::middle, false, 12, share > 0.55 ? "#fff" : "#111"});
        }
    }
    return f;
}

}  // namespace tab::svg
