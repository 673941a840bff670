// The pictures tab draws (as SVG, tab/render/svg.hpp) from plain data, one file each under
// src/core/render/chart_*.cpp: horizontal bars, an elimination bracket, a heat map of counts and
// a histogram with marked values. The pages that show them (the website, tab stats --format
// html) turn the tournament into this data and give every label already translated.
#pragma once

#include <string>
#include <vector>

#include "tab/render/svg.hpp"

namespace tab::svg {

// Horizontal bars, one row each: the label on the left, the bar, the value written beside it.
struct Bar {
    std::string label;
    double value = 0;
    std::string text;  // the value as written beside the bar ("54%", "12")
};
struct BarGroup {
    std::string heading;  // "" = none
    std::vector<Bar> bars;
};
// The bars of every group on one scale from 0 to `max` (or the largest value, if larger).
Figure horizontal_bars(const std::vector<BarGroup>& groups, double max, std::string title, std::string id);

// An elimination bracket: a column per round, a box per debate listing its teams; a team that
// went through is written in bold with `mark` after its name (not told by colour alone), and a
// line joins its box to the box of the next round it debates in.
struct BracketTeam {
    std::string name;
    bool advanced = false;
};
struct BracketRound {
    std::string name;
    std::vector<std::vector<BracketTeam>> debates;  // in room order
};
Figure bracket(const std::vector<BracketRound>& rounds, const std::string& mark, std::string title, std::string id);

// A table of counts as shaded cells (the darker, the larger), each count written in its cell.
struct HeatMap {
    std::vector<std::string> columns;
    std::vector<std::string> rows;
    std::vector<std::vector<int>> counts;  // [row][column]
};
Figure heat_map(const HeatMap& map, std::string title, std::string id);

// A histogram: bins of equal width from the lowest value's bin to the highest's, empty ones
// included; a value on a bin's upper edge belongs to the next bin.
struct HistogramBin {
    double low = 0;  // the bin holds [low, low + width)
    int count = 0;
};
std::vector<HistogramBin> histogram_bins(const std::vector<double>& values, double width);
// The narrowest of 1, 2, 5, 10 (else 20) that puts the values into at most `max_bins` bins.
double bin_width_for(const std::vector<double>& values, int max_bins);
// A value marked on the histogram by a dashed vertical line with its label.
struct Marker {
    std::string label;
    double value = 0;
};
struct Histogram {
    std::vector<HistogramBin> bins;
    double width = 1;
    std::vector<Marker> markers;
    std::string axis_label;  // under the horizontal axis
};
// Where `value` lies on the histogram's horizontal axis, in the figure's units.
double histogram_x(const Histogram& h, double value);
Figure histogram(const Histogram& h, std::string title, std::string id);

}  // namespace tab::svg
