// Pictures as inline SVG, made by tab itself for its HTML pages: no script, no image file, every
// word a real <text> element (selectable, read by screen readers), and a <title> named by
// aria-labelledby so a screen reader announces what the picture shows. A figure is drawn in its
// own coordinates (the viewBox) and scales to the width of the page (width:100%, height:auto),
// so it never makes a phone's page wider than the screen. Numbers in the markup are written with
// at most two decimals, independent of any locale: the same picture gives the same bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tab::svg {

// A coordinate or length as the markup writes it: "12", "12.5", "-0.25".
std::string number(double v);

// The width a text takes at font size `size`, estimated, not measured: a character as 0.65 of
// the size (wide enough for Cyrillic capitals), so a label column is as wide as its longest label.
double text_width(std::string_view text, double size = 12);

enum class Anchor { start, middle, end };

struct TextStyle {
    Anchor anchor = Anchor::start;
    bool bold = false;
    double size = 12;
    std::string fill = "#111";
};

// One picture: shapes and text in the order they are added (later ones on top).
class Figure {
public:
    // `id` makes the title's id unique on its page ("bracket-open" → id="bracket-open-title").
    Figure(double width, double height, std::string title, std::string id);

    void rect(double x, double y, double w, double h, std::string_view fill, std::string_view stroke = "");
    void line(double x1, double y1, double x2, double y2, std::string_view stroke, double stroke_width = 1,
              bool dashed = false);
    void text(double x, double y, std::string_view content, const TextStyle& style = {});

    // Grows the picture downwards (content laid out after the figure was started).
    void set_height(double height) { height_ = height; }

    // <figure class="chart"><svg ...><title>...</title>...</svg></figure>
    std::string str() const;

private:
    double width_, height_;
    std::string title_, id_, body_;
};

}  // namespace tab::svg
