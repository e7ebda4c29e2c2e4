#pragma once

#include <span>

namespace hexclave::emulator {

struct BuiltinEmailSource
{
    const char *id;
    const char *displayName;
    const char *tsxSource;
};

// The themes (Default Light, Default Dark, Default Colorful) and templates (Email Verification,
// Password Reset, Magic Link/OTP, Team Invitation, Sign In Invitation, Payment Receipt, Payment
// Failed) of a new project's config, as the real server has them.
class EmailBuiltins
{
public:
    static constexpr const char *kDefaultThemeId = "1df07ae6-abf3-4a40-83a5-a1a2cbe336ac";

    static std::span<const BuiltinEmailSource> themes();
    static std::span<const BuiltinEmailSource> templates();
};

} // namespace hexclave::emulator
