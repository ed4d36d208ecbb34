// SPDX-License-Identifier: Apache-2.0
#include "stream/line_reader.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

using lead::stream::Line;
using lead::stream::LineReader;

namespace {
struct Got {
  std::string text;
  uint64_t number;
  bool blank, too_long;
  size_t full_size;
};

std::vector<Got> ReadAllLines(const std::string& input, size_t max_line = LineReader::kDefaultMaxLine) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  std::thread writer([&] {
    size_t off = 0;
    while (off < input.size()) {
      ssize_t w = write(fds[1], input.data() + off, std::min<size_t>(input.size() - off, 7919));
      if (w <= 0) break;
      off += static_cast<size_t>(w);
    }
    close(fds[1]);
  });
  LineReader r(fds[0], "<test>", max_line);
  std::vector<Got> out;
  Line l;
  while (r.Read(&l, {}) == LineReader::Result::kLine)
    out.push_back({std::string(l.text), l.number, l.blank, l.too_long, l.full_size});
  writer.join();
  close(fds[0]);
  return out;
}
}  // namespace

TEST_CASE("LineReader: CRLF, BOM, final line without newline, blanks", "[stream]") {
  auto got = ReadAllLines("\xEF\xBB\xBF{\"a\":1}\r\n\n   \t\r\n{\"b\":2}\n{\"c\":3}");
  REQUIRE(got.size() == 5);
  CHECK(got[0].text == "{\"a\":1}");
  CHECK(got[0].number == 1);
  CHECK(got[1].blank);
  CHECK(got[2].blank);
  CHECK(got[3].text == "{\"b\":2}");
  CHECK(got[3].number == 4);
  CHECK(got[4].text == "{\"c\":3}");
  CHECK(got[4].number == 5);
}

TEST_CASE("LineReader: a BOM is only stripped at the start of the stream", "[stream]") {
  auto got = ReadAllLines("{}\n\xEF\xBB\xBF{}\n");
  REQUIRE(got.size() == 2);
  CHECK(got[1].text == "\xEF\xBB\xBF{}");
}

TEST_CASE("LineReader: lines at and over the limit", "[stream]") {
  const size_t limit = 3000;  // a small limit keeps the test fast; 64 MiB is the default
  std::string at(limit, 'x'), over(limit + 1, 'y'), huge(limit * 10, 'z');
  auto got = ReadAllLines("{}\n" + at + "\n" + over + "\n" + huge + "\n{\"after\":1}\n", limit);
  REQUIRE(got.size() == 5);
  CHECK_FALSE(got[1].too_long);
  CHECK(got[1].text.size() == limit);
  CHECK(got[2].too_long);
  CHECK(got[2].full_size == limit + 1);
  CHECK(got[3].too_long);
  CHECK(got[3].full_size == limit * 10);
  CHECK(got[3].text.size() <= LineReader::kPreviewBytes);
  CHECK(got[4].text == "{\"after\":1}");
  CHECK(got[4].number == 5);
}

TEST_CASE("LineReader: many lines across buffer refills keep their numbers", "[stream]") {
  std::string input;
  for (int i = 1; i <= 50000; ++i) input += "{\"i\":" + std::to_string(i) + "}\n";
  auto got = ReadAllLines(input);
  REQUIRE(got.size() == 50000);
  for (size_t i = 0; i < got.size(); i += 997) {
    CHECK(got[i].number == i + 1);
    CHECK(got[i].text == "{\"i\":" + std::to_string(i + 1) + "}");
  }
}

TEST_CASE("LineReader: calls the idle hook before blocking on a pipe", "[stream]") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  REQUIRE(write(fds[1], "{\"a\":1}\n", 8) == 8);
  LineReader r(fds[0], "<pipe>");
  Line l;
  int idle = 0;
  REQUIRE(r.Read(&l, [&] { ++idle; }) == LineReader::Result::kLine);
  CHECK(l.text == "{\"a\":1}");
  std::thread late([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    REQUIRE(write(fds[1], "{\"b\":2}\n", 8) == 8);
    close(fds[1]);
  });
  int idle_before = idle;
  REQUIRE(r.Read(&l, [&] { ++idle; }) == LineReader::Result::kLine);
  CHECK(idle > idle_before);  // the reader flushed before waiting for the late line
  CHECK(l.text == "{\"b\":2}");
  late.join();
  close(fds[0]);
}
