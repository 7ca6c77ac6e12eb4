#pragma once

#include "AccessToken.h"

#include <QHash>
#include <QSet>

// The tokens of one service repeat a few scope sets, grant types and subjects over and over. Parsed
// from JSON each row holds its own copies; pointing every row at one shared copy (Qt's implicit
// sharing) keeps 100,000 rows within the memory budget.
class TokenInterner
{
public:
    void intern(AccessToken &token);
    void clear();

private:
    QSet<QString> m_strings;
    QSet<QStringList> m_lists;
    QHash<QString, GrantType> m_grantTypes;
};
