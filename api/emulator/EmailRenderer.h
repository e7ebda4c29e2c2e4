#pragma once

#include <optional>
#include <string>

namespace hexclave::emulator {

// What the emulator makes of an email's TSX. The server bundles and runs the TSX (esbuild and
// React Email); the emulator only reads it: it finds <Subject value=…/> and
// <NotificationCategory value=…/>, turns the JSX of EmailTemplate into plain HTML (its text, simple
// expressions such as {project.displayName} filled in, components mapped to HTML elements) and
// wraps it in a page coloured like the theme. Source that is clearly broken fails the way a build
// would: unbalanced braces, parentheses or JSX tags, or a missing EmailTemplate / EmailTheme export.
class EmailRenderer
{
public:
    struct Values
    {
        std::string projectDisplayName;
        std::string userDisplayName; // the recipient's (a sample name in previews)
    };

    struct Result
    {
        std::string html;
        std::optional<std::string> subject;              // none without <Subject>
        std::optional<std::string> notificationCategory; // none without <NotificationCategory>
        std::optional<std::string> error;                // the build error; the rest is empty then
    };

    // `themeSource` none: no theme (the bare content in a minimal page).
    static Result render(const std::string &templateSource, const std::optional<std::string> &themeSource,
                         const Values &values);

    // HTML content as it is (an email sent with `html`), in the theme.
    static Result wrap(const std::string &contentHtml, const std::optional<std::string> &themeSource, const Values &values);

    // The problem a theme's source has on its own (the check of PATCH /internal/email-themes/{id}).
    static std::optional<std::string> themeProblem(const std::string &themeSource);
};

} // namespace hexclave::emulator
