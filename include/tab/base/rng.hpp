// Every random choice in tab flows from an explicit seed through this generator. It is defined
// here (SplitMix64 seeding xoshiro256**), not taken from <random>, because the standard
// distributions may differ between library versions: the same seed must give the same bytes
// on every machine.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace tab {

class Rng {
public:
    explicit Rng(uint64_t seed);
    uint64_t next();
    // Uniform in [0, n); n > 0. Unbiased (rejection sampling).
    uint64_t below(uint64_t n);
    // Uniform in [0, 1).
    double unit();
    bool coin() { return (next() >> 63) != 0; }

    template <typename T>
    void shuffle(std::vector<T>& v) {
        for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[below(i)]);
    }

private:
    uint64_t s_[4];
};

// A seed for one purpose (e.g. a round's draw) derived from the tournament seed, so that
// redoing one round does not shift the random choices of another.
uint64_t derive_seed(uint64_t seed, std::string_view purpose);

}  // namespace tab
