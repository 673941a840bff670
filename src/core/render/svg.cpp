// The SVG builder (tab/render/svg.hpp).
#include "tab/render/svg.hpp"

#include <fmt/format.h>

#include <cmath>

#include "tab/render/render.hpp"

namespace tab::svg {

namespace {

const char* anchor_name(Anchor a) {
    switch (a) {
        case Anchor::middle: return "middle";
        case Anchor::end: return "end";
        case Anchor::start: break;
    }
    return "start";
}

}  // namespace

std::string number(double v) {
    std::string out = fmt::format("{:.2f}", std::round(v * 100) / 100);
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    return out == "-0" ? "0" : out;
}

double text_width(std::string_view text, double size) { return display_width(text) * size * 0.65; }

Figure::Figure(double width, double height, std::string title, std::string id)
    : width_(width), height_(height), title_(std::move(title)), id_(std::move(id)) {}

void Figure::rect(double x, double y, double w, double h, std::string_view fill, std::string_view stroke) {
    body_ += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"", number(x), number(y),
                         number(w), number(h), html_escape(fill));
    if (!stroke.empty()) body_ += fmt::format(" stroke=\"{}\"", html_escape(stroke));
    body_ += "/>\n";
}

void Figure::line(double x1, double y1, double x2, double y2, std::string_view stroke, double stroke_width,
                  bool dashed) {
    body_ += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"{}/>\n",
                         number(x1), number(y1), number(x2), number(y2), html_escape(stroke), number(stroke_width),
                         dashed ? " stroke-dasharray=\"4 3\"" : "");
}

void Figure::text(double x, double y, std::string_view content, const TextStyle& style) {
    body_ += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\"", number(x), number(y),
                         number(style.size), html_escape(style.fill));
    if (style.anchor != Anchor::start) body_ += fmt::format(" text-anchor=\"{}\"", anchor_name(style.anchor));
    if (style.bold) body_ += " font-weight=\"bold\"";
    body_ += ">" + html_escape(content) + "</text>\n";
}

std::string Figure::str() const {
    const std::string title_id = id_ + "-title";
    std::string out = "<figure class=\"chart\">\n";
    out += fmt::format(
        "<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"{}\" "
        "style=\"width:100%;height:auto;max-width:{}px\" font-family=\"system-ui,sans-serif\">\n",
        number(width_), number(height_), html_escape(title_id), number(width_ * 1.25));
    out += "<title id=\"" + html_escape(title_id) + "\">" + html_escape(title_) + "</title>\n";
    return out + body_ + "</svg>\n</figure>\n";
}

}  // namespace tab::svg
