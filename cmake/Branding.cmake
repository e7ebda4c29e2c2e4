# The one source of name, version and branding: packaging, the About box and the
# client-version header all read these.
set(HEXCLAVE_VERSION "0.1.0")
set(HEXCLAVE_APP_NAME "Hexclave Admin")
set(HEXCLAVE_EXECUTABLE "hexclave-admin")
set(HEXCLAVE_APP_ID "com.hexclave.Admin")
set(HEXCLAVE_ORGANIZATION "Hexclave")
set(HEXCLAVE_ORGANIZATION_DOMAIN "hexclave.com")
set(HEXCLAVE_DESCRIPTION "Desktop console for Hexclave (Stack Auth) projects")
set(HEXCLAVE_HOMEPAGE "https://hexclave.com")
set(HEXCLAVE_MAINTAINER "Hexclave Admin developers <admin-desktop@hexclave.com>")
# Packaging and desktop integration (installer/): one line summary, copyright, release date of
# HEXCLAVE_VERSION (AppStream <release>), the lowest macOS we build for.
set(HEXCLAVE_SUMMARY "Manage Hexclave projects, users and configuration")
set(HEXCLAVE_COPYRIGHT "Copyright (C) 2026 Hexclave")
set(HEXCLAVE_LICENSE "LicenseRef-proprietary")
set(HEXCLAVE_RELEASE_DATE "2026-11-24")
set(HEXCLAVE_MACOS_MINIMUM "12.0")
# Read by project(): the lowest macOS the binaries run on (Info.plist's LSMinimumSystemVersion).
if(NOT DEFINED CMAKE_OSX_DEPLOYMENT_TARGET)
    set(CMAKE_OSX_DEPLOYMENT_TARGET ${HEXCLAVE_MACOS_MINIMUM} CACHE STRING "Lowest macOS version to run on")
endif()
set(HEXCLAVE_CONTACT_EMAIL "admin-desktop@hexclave.com")
# Where the release process publishes installer/screenshots/*.png (AppStream needs https URLs).
set(HEXCLAVE_SCREENSHOT_BASE_URL "${HEXCLAVE_HOMEPAGE}/admin-desktop/screenshots")
