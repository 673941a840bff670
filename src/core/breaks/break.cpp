// The break of every category, from the team standings.
//
// Categories are computed in descending priority (tabbycat.md §5.1). Within a category:
//   1. The teams considered are every team (general category) or the eligible ones, ranked on
//      the standings precedence alone (`rank`) and then on the tie metrics (`fine_rank`).
//   2. A team with a hand remark (break_remarks.csv) keeps it and is left out; a team that broke
//      in a category of higher priority is left out as "different break". Equal priorities do
//      not exclude each other, so a team may break in two categories of the same priority.
//   3. The rule caps institutions (break_rules.cpp), then the cut takes the first `size` teams.
//   4. The next `reserve` teams are reserves.
// Tie at the cut-off ([break] tie_at_cutoff): "resolve" (default) orders the teams tied on rank
// with the last breaking team by [break] tie_metrics (default: the standings' extra metrics) and,
// if still tied, by the lot the standings drew from the tournament seed; the teams left out say
// why in their note ("lost coin toss" when the lot decided). "include" lets every tied team
// break, as Tabbycat's standard rule does, and tied teams share a break rank.
// The entries shown are the breaking teams, then (in standings order) the reserves, the tie
// losers and every team left out by a remark whose rank is not below the last breaking rank.
// The notes go into break.csv, a file for people: they are worded in the tournament's language
// (catalogue keys break.note.*), whatever language the command prints in.
#include <algorithm>
#include <set>

#include "break_rules.hpp"
#include "tab/breaks/break.hpp"
#include "tab/standings/standings.hpp"
#include "tab/translate/translate.hpp"

namespace tab {

namespace {

using breaks::Candidate;

struct Considered {
    int team = -1;
    int rank = 0, fine_rank = 0, institution_rank = 0;
    double wins = 0;
};

// Competition ranks over rows of equal metric prefixes of length `prefix`.
std::vector<int> ranks_by_prefix(const std::vector<const TeamStanding*>& rows, size_t prefix) {
    std::vector<int> out(rows.size(), 0);
    for (size_t i = 0; i < rows.size(); ++i) {
        bool same = i > 0;
        for (size_t m = 0; same && m < prefix && m < rows[i]->metrics.size(); ++m)
            same = rows[i]->metrics[m] == rows[i - 1]->metrics[m];
        out[i] = same ? out[i - 1] : static_cast<int>(i) + 1;
    }
    return out;
}

std::vector<Considered> consider(const Tournament& t, const TeamStandings& s, const BreakCategory& cat,
                                 size_t base_metrics) {
    std::vector<const TeamStanding*> rows;
    for (const TeamStanding& row : s.rows) {
        const Team& team = t.teams[static_cast<size_t>(row.team)];
        const std::vector<std::string>& cats = team.break_categories;
        if (cat.general || std::find(cats.begin(), cats.end(), cat.id) != cats.end()) rows.push_back(&row);
    }
    std::vector<int> rank = ranks_by_prefix(rows, base_metrics);
    std::vector<int> fine = ranks_by_prefix(rows, s.columns().size());
    std::vector<Considered> out;
    for (size_t i = 0; i < rows.size(); ++i) {
        Considered c{rows[i]->team, rank[i], fine[i], 0, 0};
        if (!rows[i]->metrics.empty()) c.wins = rows[i]->metrics[0].to_double();
        int institution = t.teams[static_cast<size_t>(c.team)].institution;
        if (institution >= 0) {
            c.institution_rank = 1;
            for (size_t j = 0; j < i; ++j)
                if (t.teams[static_cast<size_t>(rows[j]->team)].institution == institution && rank[j] < rank[i])
                    ++c.institution_rank;
        }
        out.push_back(c);
    }
    return out;
}

const ManualRemark* manual_remark(const std::vector<ManualRemark>& remarks, int team, const std::string& cat) {
    for (const ManualRemark& r : remarks)
        if (r.team == team && (r.category.empty() || r.category == cat)) return &r;
    return nullptr;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& i : items) out += (out.empty() ? "" : ", ") + i;
    return out;
}

struct CategoryContext {
    const Tournament& t;
    const Catalogue& words;  // the tournament's language, for the notes
    const std::vector<ManualRemark>& remarks;
    const std::map<int, std::string>& broke_higher;  // team -> category it broke in
    std::vector<std::string> tie_metrics;
    bool include_ties = false;
};

CategoryBreak break_category(const CategoryContext& ctx, const BreakCategory& cat, const std::vector<Considered>& field) {
    CategoryBreak out{cat.id, {}};
    std::map<size_t, BreakEntry> left_out;  // by position in the field
    std::vector<Candidate> candidates;
    std::vector<size_t> position;           // candidate -> field position
    for (size_t i = 0; i < field.size(); ++i) {
        const Considered& f = field[i];
        BreakEntry e{f.team, f.rank, 0, Remark::broke, ""};
        if (const ManualRemark* m = manual_remark(ctx.remarks, f.team, cat.id)) {
            e.remark = m->remark;
            e.note = m->note.empty() ? format_message(ctx.words.tr("break.note.set_in"), {{"file", break_remarks_file}})
                                     : m->note;
            left_out[i] = e;
        } else if (auto higher = ctx.broke_higher.find(f.team); higher != ctx.broke_higher.end()) {
            e.remark = Remark::different_break;
            e.note = format_message(ctx.words.tr("break.note.breaks_in"), {{"category", higher->second}});
            left_out[i] = e;
        } else {
            candidates.push_back({f.team, f.rank, f.fine_rank, f.institution_rank, f.wins});
            position.push_back(i);
        }
    }
    breaks::CapResult capped = breaks::apply_cap(cat.rule, cat.size, candidates);
    for (int c : capped.capped)
        left_out[position[c]] = {candidates[c].team, candidates[c].rank, 0, Remark::capped,
                                 format_message(ctx.words.tr("break.note.institution_rank"),
                                                {{"rank", std::to_string(candidates[c].institution_rank)}})};
    breaks::Cut cut = breaks::cut_at_size(candidates, capped.remaining, cat.size, ctx.include_ties);

    for (size_t k = 0; k < cut.breaking.size(); ++k) {
        const Candidate& c = candidates[cut.breaking[k]];
        int seed = static_cast<int>(k) + 1;
        if (ctx.include_ties && k > 0 && c.rank == candidates[cut.breaking[k - 1]].rank) seed = out.entries.back().break_rank;
        out.entries.push_back({c.team, c.rank, seed, Remark::broke, ""});
    }
    std::set<int> chosen(cut.breaking.begin(), cut.breaking.end());
    if (!cut.breaking.empty()) {
        const Candidate& last = candidates[cut.breaking.back()];
        const std::string& last_name = ctx.t.teams[static_cast<size_t>(last.team)].name;
        for (int i : cut.tie_losers) {
            bool lot = std::find(cut.by_lot.begin(), cut.by_lot.end(), i) != cut.by_lot.end();
            BreakEntry e{candidates[i].team, candidates[i].rank, 0, lot ? Remark::lost_coin_toss : Remark::broke, ""};
            e.note = lot ? format_message(ctx.words.tr("break.note.tied_by_lot"), {{"team", last_name}})
                         : format_message(ctx.words.tr("break.note.tied_behind"),
                                          {{"team", last_name}, {"metrics", joined(ctx.tie_metrics)}});
            left_out[position[i]] = e;
        }
    }
    int reserves = 0;
    for (int i : capped.remaining) {
        if (reserves >= cat.reserve) break;
        if (chosen.count(i)) continue;
        ++reserves;
        BreakEntry& e = left_out[position[i]];
        if (e.team < 0) e = {candidates[i].team, candidates[i].rank, 0, Remark::reserve, ""};
        else if (e.remark == Remark::broke) e.remark = Remark::reserve;
        else e.note += format_message(ctx.words.tr("break.note.also_reserve"), {{"n", std::to_string(reserves)}});
    }
    int last_rank = out.entries.empty() ? 0 : out.entries.back().rank;
    for (const auto& [pos, e] : left_out)
        if (e.rank <= last_rank || e.remark == Remark::reserve || !e.note.empty()) out.entries.push_back(e);
    return out;
}

}  // namespace

std::optional<Break> compute_break(const Tournament& t, const std::vector<RoundResults>& results,
                                   const std::vector<ManualRemark>& remarks, Diagnostics& diags) {
    const Settings& settings = t.section("break");
    StandingsOptions options = team_standings_options(t);
    const size_t base_metrics = options.precedence.size();
    std::vector<std::string> tie_metrics = settings.has("tie_metrics") ? settings.get_list("tie_metrics") : options.extras;
    if (!settings.has("tie_metrics"))  // an extra that needs the ranks (draw_strength_rank) cannot rank
        std::erase_if(tie_metrics, [](const std::string& m) {
            const MetricInfo* info = find_team_metric(m);
            return info && info->extra_only;
        });
    for (const std::string& m : tie_metrics)
        if (std::find(options.precedence.begin(), options.precedence.end(), m) == options.precedence.end())
            options.precedence.push_back(m);
    options.extras.clear();
    std::optional<TeamStandings> standings = compute_team_standings(t, results, options, diags);
    if (!standings) return std::nullopt;

    const bool include_ties = settings.get<TieAtCutoff>("tie_at_cutoff") == TieAtCutoff::include;
    std::map<int, std::string> broke_higher;
    const Catalogue words = Catalogue::builtin(t.language);
    CategoryContext ctx{t, words, remarks, broke_higher, tie_metrics, include_ties};

    std::vector<size_t> order(t.break_categories.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return t.break_categories[a].priority > t.break_categories[b].priority;
    });
    std::vector<CategoryBreak> computed(order.size());
    std::map<int, std::string> pending;  // broke in the current priority group
    for (size_t k = 0; k < order.size(); ++k) {
        const BreakCategory& cat = t.break_categories[order[k]];
        if (k > 0 && cat.priority != t.break_categories[order[k - 1]].priority) {
            broke_higher.insert(pending.begin(), pending.end());
            pending.clear();
        }
        computed[order[k]] = break_category(ctx, cat, consider(t, *standings, cat, base_metrics));
        const std::string& name = in_tournament_language(cat.name, cat.names);
        for (int team : computed[order[k]].breaking()) pending.emplace(team, name.empty() ? cat.id : name);
    }
    return Break{computed};
}

}  // namespace tab
