#include "tab/app/awards.hpp"

#include <cmath>

#include "tab/app/json_numbers.hpp"
#include "tab/app/rounds.hpp"
#include "tab/base/base64.hpp"
#include "tab/base/unicode.hpp"
#include "tab/ballots/results.hpp"
#include "tab/translate/translate.hpp"

namespace tab::app {
namespace {

// The awards of a finished tournament: every prelim and every elimination round declared drawn
// and decided. Otherwise nullopt with a `cannot` error per missing round, or, when `provisional`,
// the awards as the results stand, with `unfinished` set.
std::optional<Awards> compute(const Tournament& t, const FileSystem& fs, const Message& action, bool provisional,
                              bool& unfinished, Diagnostics& diags) {
    std::vector<RoundResults> prelims = load_results(t, fs, "", diags);
    std::vector<IncompleteRound> missing = incomplete_prelims(t, prelims);
    for (IncompleteRound& r : incomplete_eliminations(t, fs, diags)) missing.push_back(std::move(r));
    unfinished = !missing.empty();
    if (diags.has_errors() || !require_complete(missing, action, provisional, diags, "--provisional")) return std::nullopt;
    std::optional<Awards> a = compute_awards(t, fs, prelims, diags);
    if (diags.has_errors()) return std::nullopt;
    return a;
}

// The [certificates] logo as a data: URI, its type from the file name's extension; "" with an
// error at the `logo` key of tournament.toml when the file is missing or of another type.
std::string logo_data_uri(const Tournament& t, const FileSystem& fs, Diagnostics& diags) {
    const Settings settings = t.section("certificates");
    if (!settings.has("logo")) return "";
    const std::string path = settings.get_string("logo");
    const std::string extension = to_lower(path.substr(std::min(path.size(), path.rfind('.'))));
    const std::string type = extension == ".png"                          ? "image/png"
                             : extension == ".jpg" || extension == ".jpeg" ? "image/jpeg"
                             : extension == ".svg"                         ? "image/svg+xml"
                                                                           : "";
    const CertificateDesign& d = t.certificate_design;
    if (type.empty()) {
        diags.error("tournament.toml", d.logo_line, d.logo_column, message("diag.certificates.logo_type", {{"file", path}}));
        return "";
    }
    std::optional<std::string> bytes = fs.read(path);
    if (!bytes) {
        diags.error("tournament.toml", d.logo_line, d.logo_column, message("diag.certificates.no_logo", {{"file", path}}));
        return "";
    }
    return "data:" + type + ";base64," + base64_encode(*bytes);
}

}  // namespace

const char* code(Role r) { return r == Role::adjudicator ? "adjudicator" : "speaker"; }

std::optional<AwardsReport> awards(const Tournament& t, const FileSystem& fs, bool provisional, Diagnostics& diags) {
    bool unfinished = false;
    std::optional<Awards> a = compute(t, fs, message("action.awards"), provisional, unfinished, diags);
    if (!a) return std::nullopt;
    AwardsReport report;
    report.provisional = unfinished;
    for (const TeamPlaces& tp : a->teams) {
        const std::string name = t.category_name(tp.category);
        if (tp.missing) {
            report.pending.push_back({tp.category, name, *tp.missing});
            diags.warning("tournament.toml", 0, 0, message("diag.awards.no_places", {{"category", name}}, {{"reason", &*tp.missing}}));
        }
        for (const Placing& p : tp.places)
            report.team_places.push_back({tp.category, name, p.place, p.shared, t.teams[static_cast<size_t>(p.who)].name,
                                          t.team_institution_code(p.who)});
    }
    for (const SpeakerAwards& sa : a->speakers)
        for (const Placing& p : sa.speakers) {
            const Speaker& s = t.speakers[static_cast<size_t>(p.who)];
            report.best_speakers.push_back({sa.category, sa.category.empty() ? "" : t.category_name(sa.category), p.place,
                                            p.shared, s.name, s.team >= 0 ? t.teams[static_cast<size_t>(s.team)].name : "",
                                            p.score});
        }
    for (const Placing& p : a->adjudicators)
        report.best_adjudicators.push_back({p.place, p.shared, t.adjudicators[static_cast<size_t>(p.who)].name, p.score});
    return report;
}

nlohmann::ordered_json to_json(const AwardsReport& r) {
    nlohmann::ordered_json teams = nlohmann::ordered_json::array();
    for (const TeamPlaceLine& l : r.team_places)
        teams.push_back({{"category", l.category}, {"category_name", l.category_name}, {"place", l.place}, {"shared", l.shared},
                         {"team", l.team}, {"institution", json_text_or_null(l.institution)}, {"provisional", r.provisional}});
    nlohmann::ordered_json pending = nlohmann::ordered_json::array();
    for (const PendingPlaces& p : r.pending)
        pending.push_back({{"category", p.category}, {"category_name", p.category_name}, {"reason", p.reason.text}});
    nlohmann::ordered_json speakers = nlohmann::ordered_json::array();
    for (const SpeakerAwardLine& l : r.best_speakers)
        speakers.push_back({{"category", json_text_or_null(l.category)}, {"category_name", json_text_or_null(l.category_name)},
                            {"place", l.place}, {"shared", l.shared}, {"speaker", l.speaker},
                            {"team", json_text_or_null(l.team)}, {"score", six_decimals(l.score)}, {"provisional", r.provisional}});
    nlohmann::ordered_json adjudicators = nlohmann::ordered_json::array();
    for (const AdjudicatorAwardLine& l : r.best_adjudicators)
        adjudicators.push_back({{"place", l.place}, {"shared", l.shared}, {"adjudicator", l.adjudicator},
                                {"score", six_decimals(l.score)}, {"provisional", r.provisional}});
    return {{"provisional", r.provisional}, {"team_places", teams}, {"pending", pending}, {"best_speakers", speakers}, {"best_adjudicators", adjudicators}};
}

std::optional<CertificatesReport> certificates(const Tournament& t, const FileSystem& fs, bool provisional,
                                               Diagnostics& diags) {
    bool unfinished = false;
    std::optional<Awards> a = compute(t, fs, message("action.certificates"), provisional, unfinished, diags);
    CertificatesReport report;
    report.provisional = unfinished;
    report.logo = logo_data_uri(t, fs, diags);
    if (!a || diags.has_errors()) return std::nullopt;
    report.tournament = t.name;
    report.date = t.start_date ? format_date(*t.start_date) : "";
    const Settings design = t.section("certificates");
    report.place = design.has("place") ? design.get_string("place") : t.location;
    report.organiser = design.has("organiser") ? design.get_string("organiser") : "";
    report.signatures = t.certificate_design.signatures;
    for (const Certificate& c : tab::certificates(t, *a)) {
        CertificateLine line{c.name, c.role == "adjudicator" ? Role::adjudicator : Role::speaker, c.team, c.institution, {}};
        for (const AwardLine& award : c.awards) {
            line.awards.push_back({award.kind, award.place, award.shared, award.category,
                                   award.category.empty() ? "" : t.category_name(award.category)});
        }
        report.certificates.push_back(std::move(line));
    }
    return report;
}

nlohmann::ordered_json to_json(const CertificatesReport& r) {
    nlohmann::ordered_json certificates = nlohmann::ordered_json::array();
    for (const CertificateLine& c : r.certificates) {
        nlohmann::ordered_json awards = nlohmann::ordered_json::array();
        for (const AwardEntry& a : c.awards)
            awards.push_back({{"kind", std::string(code_text(a.kind))}, {"place", a.place}, {"shared", a.shared},
                              {"category", json_text_or_null(a.category)}, {"category_name", json_text_or_null(a.category_name)}});
        certificates.push_back({{"name", c.name}, {"role", code(c.role)}, {"team", json_text_or_null(c.team)},
                                {"institution", json_text_or_null(c.institution)}, {"awards", awards}});
    }
    return {{"tournament", r.tournament}, {"date", json_text_or_null(r.date)}, {"provisional", r.provisional},
            {"certificates", certificates}};
}

}  // namespace tab::app
