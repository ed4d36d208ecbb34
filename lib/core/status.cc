// SPDX-License-Identifier: Apache-2.0
#include "core/status.h"

namespace lead {

const std::string& Status::message() const {
  static const std::string kEmpty;
  return rep_ ? rep_->message : kEmpty;
}

std::string Status::ToString() const { return ok() ? "ok" : rep_->message; }

Status Status::WithContext(std::string_view context) const {
  if (ok()) return *this;
  return Status(code(), std::string(context) + ": " + rep_->message);
}

int ExitCodeFor(const Status& s) { return static_cast<int>(s.code()); }

}  // namespace lead
