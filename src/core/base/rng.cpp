#include "tab/base/rng.hpp"

namespace tab {
namespace {

uint64_t splitmix64(uint64_t& x) {
    uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

Rng::Rng(uint64_t seed) {
    for (uint64_t& s : s_) s = splitmix64(seed);
}

uint64_t Rng::next() {  // xoshiro256**
    const uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
}

uint64_t Rng::below(uint64_t n) {
    // Reject the top partial block of 2^64 so every residue is equally likely.
    const uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    uint64_t x;
    do x = next();
    while (x >= limit);
    return x % n;
}

double Rng::unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

uint64_t derive_seed(uint64_t seed, std::string_view purpose) {
    uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a over the purpose, mixed with the seed
    for (unsigned char c : purpose) h = (h ^ c) * 0x100000001b3ULL;
    uint64_t x = seed ^ h;
    return splitmix64(x);
}

}  // namespace tab
