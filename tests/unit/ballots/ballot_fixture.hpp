// A small tournament held in memory for ballot tests: teams T1..Tn with speakers "T1 A",
// "T1 B", ..., adjudicators J1..Jm, a prelim round R1 and an elimination round F, and a draw
// putting teams 1..k in room 1, the next k in room 2, and so on.
#pragma once

#include <string>

#include "tab/ballots/ballots.hpp"
#include "tab/model/draw.hpp"
#include "tab/ballots/results.hpp"

namespace tab::testing {

inline Tournament ballot_tournament(const std::string& preset, int teams, int adjudicators) {
    Tournament t;
    t.format = *preset_format(preset);
    for (int i = 0; i < teams; ++i) {
        Team team;
        team.name = "T" + std::to_string(i + 1);
        for (int s = 0; s < t.format.speakers_per_team; ++s) {
            Speaker speaker;
            speaker.name = team.name + " " + std::string(1, static_cast<char>('A' + s));
            speaker.team = i;
            team.speakers.push_back(static_cast<int>(t.speakers.size()));
            t.speakers.push_back(speaker);
        }
        t.teams.push_back(team);
    }
    for (int i = 0; i < adjudicators; ++i) {
        Adjudicator a;
        a.name = "J" + std::to_string(i + 1);
        t.adjudicators.push_back(a);
    }
    Round r1;
    r1.id = "R1";
    Round final;
    final.id = "F";
    final.stage = Stage::elimination;
    t.rounds = {r1, final};
    return t;
}

// Rooms of teams_per_debate consecutive teams; room i is chaired by J(panel*i + 1) with the next
// panel - 1 adjudicators as panellists.
inline Draw ballot_draw(const Tournament& t, const std::string& round, int panel) {
    Draw d;
    d.round = round;
    const int k = t.format.teams_per_debate;
    for (int room = 0; (room + 1) * k <= static_cast<int>(t.teams.size()); ++room) {
        Debate debate;
        debate.room = room + 1;
        for (int s = 0; s < k; ++s) debate.teams.push_back(room * k + s);
        debate.pullups.assign(k, false);
        if (panel > 0 && panel * (room + 1) <= static_cast<int>(t.adjudicators.size())) {
            debate.chair = panel * room;
            for (int p = 1; p < panel; ++p) debate.panellists.push_back(panel * room + p);
        }
        d.debates.push_back(debate);
    }
    return d;
}

// The messages of the diagnostics, each as "line:column: message".
inline std::vector<std::string> messages(const Diagnostics& diags) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.all())
        out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message);
    return out;
}

}  // namespace tab::testing
