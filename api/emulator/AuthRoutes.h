#pragma once

namespace hexclave::emulator {

class DataStore;
class Router;
class TokenIssuer;

// Password sign-in, access-token refresh and sign-out.
class AuthRoutes
{
public:
    AuthRoutes(DataStore &store, TokenIssuer &tokens);
    void registerRoutes(Router &router);

private:
    DataStore &m_store;
    TokenIssuer &m_tokens;
};

} // namespace hexclave::emulator
