#include <doctest/doctest.h>

#include "tab/translate/translate.hpp"

using namespace tab;

TEST_CASE("dates are written the way each language writes them") {
    CHECK(Catalogue::builtin("en").date("2025-11-15") == "15 November 2025");
    CHECK(Catalogue::builtin("ru").date("2025-11-15") == "15 ноября 2025 г.");
    CHECK(Catalogue::builtin("kk").date("2025-11-15") == "15 қараша 2025 ж.");
    CHECK(Catalogue::builtin("ru").date("2026-03-01") == "1 марта 2026 г.");
    CHECK(Catalogue::builtin("kk").date("2026-01-09") == "9 қаңтар 2026 ж.");
}

TEST_CASE("every month has a name in every language") {
    for (const std::string& lang : supported_languages()) {
        const Catalogue cat = Catalogue::builtin(lang);
        for (int month = 1; month <= 12; ++month) {
            CAPTURE(lang);
            CAPTURE(month);
            const std::string iso = "2025-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-02";
            const std::string text = cat.date(iso);
            CHECK(text.find("2025") != std::string::npos);
            CHECK(text.find("date.month") == std::string::npos);
        }
    }
}

TEST_CASE("a date that is not ISO is returned unchanged") {
    const Catalogue ru = Catalogue::builtin("ru");
    for (const char* text : {"", "15.11.2025", "2025-13-01", "2025-11-00", "2025-1-15", "2025-11-15T10:00", "next week"})
        CHECK(ru.date(text) == text);
}
