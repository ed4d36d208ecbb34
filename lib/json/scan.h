// SPDX-License-Identifier: Apache-2.0
// Byte-level navigation of JSON text that is already known to be valid: find
// where a value ends, split a top-level array into element spans, find a
// top-level member. Used to copy original bytes (splicing, batch fan-out)
// instead of re-serialising parsed values. REQUIRES everywhere: the text
// was validated (e.g. by stream::RecordParser); on invalid text the results
// are bounded but meaningless.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lead::json {

size_t SkipSpace(std::string_view s, size_t i);
// Offset just past the string whose opening quote is at s[i].
size_t SkipString(std::string_view s, size_t i);
// Offset just past the value starting at s[i].
size_t SkipValue(std::string_view s, size_t i);

// Spans of the elements of the top-level array in text (whitespace trimmed).
// Returns false when text is not an array.
bool SplitArray(std::string_view text, std::vector<std::string_view>* elements);

// Removes insignificant whitespace (outside strings) from text, appending
// the result to out. Tokens are copied byte for byte (numbers keep their
// spelling).
void MinifyTo(std::string& out, std::string_view text);
// True when text has whitespace outside strings (MinifyTo would change it).
bool HasInsignificantSpace(std::string_view text);

}  // namespace lead::json
