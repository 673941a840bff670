// Ranking rows by a tuple of metrics.
//
// Rows are sorted by the first metric, then the second, and so on; rows equal on every ranked
// metric share a rank ("standard competition ranking": 1, 2=, 2=, 4) and are listed in the
// order of a tiebreak key, a shuffle drawn from the seed, so the listing is reproducible while
// the rank says honestly that they are tied. Values are compared exactly (see fraction.hpp);
// only standard deviations are real numbers.
#include "ranking.hpp"

#include <algorithm>
#include <numeric>

#include "tab/base/rng.hpp"
#include "tab/translate/translate.hpp"

namespace tab::standings {

int compare_values(const MetricValue& a, const MetricValue& b, bool ascending) {
    using K = MetricValue::Kind;
    auto weight = [](const MetricValue& v) { return v.present() ? 0 : v.kind == K::not_applicable ? 1 : 2; };
    if (weight(a) != weight(b)) return weight(a) < weight(b) ? -1 : 1;
    if (!a.present()) return 0;
    int c = 0;
    if (a.kind == K::exact && b.kind == K::exact) {
        c = a.exact < b.exact ? -1 : a.exact > b.exact ? 1 : 0;
    } else {
        double x = a.to_double(), y = b.to_double();
        c = x < y ? -1 : x > y ? 1 : 0;
    }
    return ascending ? c : -c;
}

int compare_rows(const Rows& rows, int a, int b, size_t count) {
    for (size_t m = 0; m < count; ++m) {
        int c = compare_values(rows.values[a][m], rows.values[b][m], rows.ascending[m]);
        if (c != 0) return c;
    }
    return 0;
}

std::vector<int> standings_order(const Rows& rows) {
    std::vector<int> order(rows.values.size());
    std::iota(order.begin(), order.end(), 0);
    const size_t count = rows.ascending.size();
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (rows.eligible[a] != rows.eligible[b]) return static_cast<bool>(rows.eligible[a]);
        int c = compare_rows(rows, a, b, count);
        if (c != 0) return c < 0;
        return rows.tiebreak[a] < rows.tiebreak[b];
    });
    return order;
}

std::vector<Ranking> competition_ranks(const Rows& rows, const std::vector<int>& order, size_t first, size_t last) {
    std::vector<Ranking> ranks(order.size());
    size_t group_start = 0;  // first row of the current group (tied on [0, first))
    size_t tie_start = 0;    // first row tied with this one on [0, last): the rows are in order, so ties are adjacent
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && compare_rows(rows, order[i - 1], order[i], last) != 0) tie_start = i;
        if (!rows.eligible[order[i]]) continue;
        if (i > 0 && compare_rows(rows, order[i - 1], order[i], first) != 0) group_start = i;
        const size_t j = std::max(tie_start, group_start);  // first row of the group tied with this one
        ranks[i].rank = static_cast<int>(j - group_start) + 1;
        if (j < i) ranks[i].tied = ranks[j].tied = true;
    }
    return ranks;
}

std::vector<int> tiebreak_positions(const std::vector<std::string>& names, const std::vector<std::string>& institutions,
                                    Tiebreak tiebreak, uint64_t seed) {
    std::vector<int> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    if (tiebreak == Tiebreak::name) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return names[a] < names[b]; });
    } else {
        Rng rng(seed);
        rng.shuffle(order);
    }
    if (tiebreak == Tiebreak::institution) {
        auto key = [&](int row) { return std::pair(institutions[row].empty(), institutions[row]); };
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
    }
    std::vector<int> position(names.size());
    for (size_t i = 0; i < order.size(); ++i) position[order[i]] = static_cast<int>(i);
    return position;
}

std::string team_institution(const Tournament& t, int team) {
    const int i = team < 0 ? -1 : t.teams[team].institution;
    if (i < 0) return "";
    const Institution& x = t.institutions[i];
    return x.name.empty() ? x.code : x.name;
}

std::optional<std::vector<std::string>> resolve_precedence(const std::vector<std::string>& precedence,
                                                           const MetricInfo* (*find)(std::string_view),
                                                           const std::string& key, bool ranked, Diagnostics& diags) {
    std::vector<std::string> keys;
    int wbw = 0;
    for (size_t i = 0; i < precedence.size(); ++i) {
        const MetricInfo* m = find(precedence[i]);
        if (!m) {
            diags.error("tournament.toml", 0, 0, message("diag.standings.unknown_metric", {{"metric", precedence[i]}, {"key", key}}));
            return std::nullopt;
        }
        if (!m->repeatable && std::find(keys.begin(), keys.end(), m->key) != keys.end()) {
            diags.error("tournament.toml", 0, 0, message("diag.standings.metric_twice", {{"metric", m->key}, {"key", key}}));
            return std::nullopt;
        }
        if (ranked && m->extra_only) {
            diags.error("tournament.toml", 0, 0,
                        message("diag.standings.extra_only",
                                {{"metric", m->key}, {"key", key}, {"extras", key.substr(0, key.find('_')) + "_extras"}}));
            return std::nullopt;
        }
        keys.push_back(m->repeatable ? m->key + std::to_string(++wbw) : m->key);
    }
    return keys;
}

}  // namespace tab::standings
