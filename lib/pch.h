// SPDX-License-Identifier: Apache-2.0
// Precompiled header for leadpipe_lib: the heavy third-party headers almost
// every translation unit includes. Never include this file directly.
#pragma once
#include <simdjson.h>
#include <fmt/format.h>
#include <string>
#include <string_view>
#include <vector>
#include <memory>
#include <optional>
#include <cstdint>
