// SPDX-License-Identifier: Apache-2.0
// Digests and encodings through OpenSSL libcrypto: SHA-256 (provenance
// hashes, audit chain, deterministic ids), HMAC-SHA256 (webhook signatures,
// PII hashing), hex and base64, and a constant-time comparison for secrets.
// Sha256 reuses one EVP context, so hashing per event does not allocate.
// Not thread-safe per object; create one per thread.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace lead {

using Digest = std::array<uint8_t, 32>;

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void Reset();
  void Update(std::string_view data);
  Digest Finish();  // also resets
  // One-shot digest of data.
  Digest Of(std::string_view data);

 private:
  evp_md_ctx_st* ctx_;
};

// One-shot helpers (allocate a context; fine off the hot path).
Digest Sha256Of(std::string_view data);
std::string Sha256Hex(std::string_view data);
Digest HmacSha256(std::string_view key, std::string_view data);

std::string ToHex(const uint8_t* data, size_t n);
inline std::string ToHex(const Digest& d) { return ToHex(d.data(), d.size()); }
// Appends lower-case hex to out.
void AppendHex(std::string& out, const uint8_t* data, size_t n);
std::optional<std::string> FromHex(std::string_view hex);

std::string Base64Encode(std::string_view data);
std::optional<std::string> Base64Decode(std::string_view text);

// Compares without an early exit (for signatures and tokens).
bool ConstantTimeEqual(std::string_view a, std::string_view b);

// 64-bit FNV-1a: a fast non-cryptographic hash for in-memory tables.
inline uint64_t Fnv1a64(std::string_view s, uint64_t seed = 1469598103934665603ULL) {
  uint64_t h = seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace lead
