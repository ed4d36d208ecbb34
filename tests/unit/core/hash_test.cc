// SPDX-License-Identifier: Apache-2.0
#include "core/hash.h"

#include <catch2/catch.hpp>

TEST_CASE("SHA-256 and HMAC-SHA256 known answers", "[core][hash]") {
  // FIPS 180-2 "abc" and RFC 4231 test case 2.
  CHECK(lead::Sha256Hex("abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(lead::ToHex(lead::HmacSha256("Jefe", "what do ya want for nothing?")) ==
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  lead::Sha256 h;
  h.Update("a");
  h.Update("bc");
  CHECK(lead::ToHex(h.Finish()) == lead::Sha256Hex("abc"));
  CHECK(lead::ToHex(h.Of("abc")) == lead::Sha256Hex("abc"));  // reusable after Finish
}

TEST_CASE("hex and base64 round trips", "[core][hash]") {
  CHECK(lead::Base64Encode("hello world") == "aGVsbG8gd29ybGQ=");
  CHECK(lead::Base64Decode("aGVsbG8gd29ybGQ=") == std::string("hello world"));
  CHECK(lead::Base64Decode("aGVsbG8gd29ybGQ") == std::string("hello world"));  // no padding
  CHECK(lead::Base64Decode("") == std::string());
  CHECK_FALSE(lead::Base64Decode("!!!!").has_value());
  CHECK(lead::FromHex("00ff10") == std::string("\x00\xff\x10", 3));
  CHECK_FALSE(lead::FromHex("0g").has_value());
  CHECK(lead::ConstantTimeEqual("abc", "abc"));
  CHECK_FALSE(lead::ConstantTimeEqual("abc", "abd"));
  CHECK_FALSE(lead::ConstantTimeEqual("abc", "ab"));
}
