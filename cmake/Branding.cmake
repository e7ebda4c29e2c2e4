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
