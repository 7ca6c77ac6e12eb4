#include "TokenInterner.h"

void TokenInterner::intern(AccessToken &token)
{
    token.subject = *m_strings.insert(token.subject);
    token.scopes = *m_lists.insert(token.scopes);
    if (token.refreshTokenScopes)
        token.refreshTokenScopes = *m_lists.insert(*token.refreshTokenScopes);
    auto grantType = m_grantTypes.constFind(token.grantType.name());
    if (grantType == m_grantTypes.cend())
        grantType = m_grantTypes.insert(token.grantType.name(), token.grantType);
    token.grantType = *grantType;
}

void TokenInterner::clear()
{
    m_strings.clear();
    m_lists.clear();
    m_grantTypes.clear();
}
