#include "present.hpp"

namespace tab::cli {

std::string list_cell(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : "; ") + item;
    return out;
}

void present(Context& ctx, const std::vector<Table>& tables, const Catalogue& cat, const std::string& title,
             const nlohmann::ordered_json& document, std::vector<std::pair<std::string, std::string>> figures) {
    if (ctx.format() == OutputFormat::json) {
        ctx.print(document.dump(2) + "\n");
        return;
    }
    RenderOptions options;
    options.page_title = title;
    options.figures = std::move(figures);
    ctx.print(render_tables(tables, ctx.format(), cat, options));
}

}  // namespace tab::cli
