// SPDX-License-Identifier: Apache-2.0
#include "ingest/http_request.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "json/write.h"

namespace lead::ingest {
namespace {

bool IsMethod(std::string_view s) {
  static const char* kMethods[] = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"};
  for (const char* m : kMethods)
    if (s == m) return true;
  return false;
}

// The line at text[pos] (without "\r\n" / "\n") and where the next one starts.
std::string_view LineAt(std::string_view text, size_t pos, size_t* next) {
  size_t nl = text.find('\n', pos);
  size_t end = nl == std::string_view::npos ? text.size() : nl;
  *next = nl == std::string_view::npos ? text.size() : nl + 1;
  std::string_view l = text.substr(pos, end - pos);
  if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  return l;
}

bool LooksLikeRequestLine(std::string_view l) {
  size_t sp = l.find(' ');
  if (sp == std::string_view::npos || !IsMethod(l.substr(0, sp))) return false;
  size_t sp2 = l.rfind(' ');
  return sp2 > sp && l.substr(sp2 + 1).rfind("HTTP/", 0) == 0;
}

// Offset of the next request line at or after pos (text.size() when none).
size_t NextRequestLine(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    size_t next;
    std::string_view l = LineAt(text, pos, &next);
    if (LooksLikeRequestLine(l)) return pos;
    pos = next;
  }
  return text.size();
}

uint64_t CountLines(std::string_view s) {
  return static_cast<uint64_t>(std::count(s.begin(), s.end(), '\n'));
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

int HexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool PercentDecode(std::string_view in, std::string* out) {
  out->clear();
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '+') {
      out->push_back(' ');
    } else if (c == '%') {
      if (i + 2 >= in.size()) return false;
      int hi = HexVal(in[i + 1]);
      int lo = HexVal(in[i + 2]);
      if (hi < 0 || lo < 0) return false;
      out->push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else {
      out->push_back(c);
    }
  }
  return true;
}

}  // namespace

std::string_view HttpRequest::Header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (k == name) return v;
  return {};
}

std::string HttpRequest::MediaType() const {
  std::string_view ct = Header("content-type");
  return Lower(Trim(ct.substr(0, ct.find(';'))));
}

bool ParseNextRequest(std::string_view text, size_t* pos, uint64_t* line, HttpRequest* out,
                      std::string* error) {
  *out = HttpRequest{};
  // Skip blank lines between requests.
  size_t p = *pos;
  while (p < text.size()) {
    size_t next;
    std::string_view l = LineAt(text, p, &next);
    if (!Trim(l).empty()) break;
    *line += 1;
    p = next;
  }
  *pos = p;
  if (p >= text.size()) return false;
  size_t start = p;
  out->line = *line + 1;
  size_t next;
  std::string_view req = LineAt(text, p, &next);
  auto fail = [&](std::string msg) {
    *error = std::move(msg);
    size_t resume = NextRequestLine(text, next);
    *line += CountLines(text.substr(start, resume - start));
    out->raw = text.substr(start, resume - start);
    *pos = resume;
    return false;
  };
  if (!LooksLikeRequestLine(req)) return fail("not an HTTP request line: '" + std::string(req.substr(0, 80)) + "'");
  size_t sp = req.find(' '), sp2 = req.rfind(' ');
  out->method = std::string(req.substr(0, sp));
  out->target = std::string(req.substr(sp + 1, sp2 - sp - 1));
  out->version = std::string(req.substr(sp2 + 1));
  p = next;
  bool ended = false;
  while (p < text.size()) {
    std::string_view h = LineAt(text, p, &next);
    p = next;
    if (h.empty()) {
      ended = true;
      break;
    }
    size_t colon = h.find(':');
    if (colon == std::string_view::npos || colon == 0)
      return fail("malformed header line: '" + std::string(h.substr(0, 80)) + "'");
    out->headers.emplace_back(Lower(Trim(h.substr(0, colon))), std::string(Trim(h.substr(colon + 1))));
  }
  (void)ended;  // a request may end right after its headers (EOF)
  std::string_view te = out->Header("transfer-encoding");
  std::string_view cl = out->Header("content-length");
  if (Lower(te).find("chunked") != std::string::npos) {
    for (;;) {
      std::string_view sz = LineAt(text, p, &next);
      sz = Trim(sz.substr(0, sz.find(';')));
      if (sz.empty() || sz.find_first_not_of("0123456789abcdefABCDEF") != std::string_view::npos)
        return fail("malformed chunk size");
      size_t n = std::stoul(std::string(sz), nullptr, 16);
      p = next;
      if (n == 0) {
        // Trailers until a blank line.
        while (p < text.size()) {
          std::string_view t = LineAt(text, p, &next);
          p = next;
          if (t.empty()) break;
        }
        break;
      }
      if (p + n > text.size()) return fail("truncated chunked body");
      out->body.append(text.substr(p, n));
      p += n;
      if (p < text.size() && text[p] == '\r') ++p;
      if (p < text.size() && text[p] == '\n') ++p;
    }
  } else if (!cl.empty()) {
    if (cl.find_first_not_of("0123456789") != std::string_view::npos || cl.size() > 12)
      return fail("invalid Content-Length: '" + std::string(cl) + "'");
    size_t n = std::stoul(std::string(cl));
    if (p + n > text.size())
      return fail("truncated body: Content-Length " + std::string(cl) + " but only " +
                  std::to_string(text.size() - p) + " bytes follow");
    out->body = std::string(text.substr(p, n));
    p += n;
  } else {
    size_t end = NextRequestLine(text, p);
    std::string_view body = text.substr(p, end - p);
    while (!body.empty() && (body.back() == '\n' || body.back() == '\r')) body.remove_suffix(1);
    out->body = std::string(body);
    p = end;
  }
  out->raw = text.substr(start, p - start);
  *line += CountLines(out->raw);
  *pos = p;
  return true;
}

std::string HttpProvenanceJson(const HttpRequest& r) {
  static const char* kSecret[] = {"authorization", "proxy-authorization", "cookie", "x-api-key",
                                  "x-auth-token"};
  std::string out;
  json::Writer w(out);
  w.BeginObject();
  w.Key("method").String(r.method);
  w.Key("target").String(r.target);
  w.Key("headers").BeginObject();
  // Repeated headers are joined with ", " (RFC 9110 field combination).
  std::map<std::string, std::string> merged;
  std::vector<std::string> order;
  for (const auto& [k, v] : r.headers) {
    auto it = merged.find(k);
    if (it == merged.end()) {
      merged.emplace(k, v);
      order.push_back(k);
    } else {
      it->second += ", " + v;
    }
  }
  for (const auto& k : order) {
    bool secret = std::any_of(std::begin(kSecret), std::end(kSecret), [&](const char* s) { return k == s; });
    w.Key(k).String(secret ? "[redacted]" : merged[k]);
  }
  w.EndObject();
  w.EndObject();
  return out;
}

std::string DeliveryIdFromHeaders(const HttpRequest& r) {
  for (std::string_view h : {"x-github-delivery", "x-zendesk-webhook-invocation-id",
                             "x-intercom-webhook-id", "x-delivery-id", "x-request-id"}) {
    std::string_view v = r.Header(h);
    if (!v.empty()) return std::string(v);
  }
  return {};
}

bool FormToJson(std::string_view body, std::string* out) {
  std::vector<std::pair<std::string, std::vector<std::string>>> fields;
  size_t i = 0;
  while (i <= body.size()) {
    size_t amp = body.find('&', i);
    if (amp == std::string_view::npos) amp = body.size();
    std::string_view pair = body.substr(i, amp - i);
    if (!pair.empty()) {
      size_t eq = pair.find('=');
      std::string k, v;
      if (!PercentDecode(pair.substr(0, eq), &k)) return false;
      if (eq != std::string_view::npos && !PercentDecode(pair.substr(eq + 1), &v)) return false;
      if (!json::IsValidUtf8(k) || !json::IsValidUtf8(v)) return false;
      auto it = std::find_if(fields.begin(), fields.end(), [&](const auto& f) { return f.first == k; });
      if (it == fields.end()) fields.push_back({k, {v}});
      else it->second.push_back(v);
    }
    i = amp + 1;
  }
  out->clear();
  json::Writer w(*out);
  w.BeginObject();
  for (const auto& [k, vs] : fields) {
    w.Key(k);
    if (vs.size() == 1) {
      w.String(vs[0]);
    } else {
      w.BeginArray();
      for (const auto& v : vs) w.String(v);
      w.EndArray();
    }
  }
  w.EndObject();
  return true;
}

}  // namespace lead::ingest
