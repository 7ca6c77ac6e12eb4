#pragma once

#include <QString>

class QToolBar;

// Texts of actions as toolbars and accessible names show them (the catalogs themselves are
// AppLanguage's).
class UiLanguage
{
public:
    // A tool button shows its action's text less the "&", which leaves a Japanese mnemonic's brackets
    // ("再読み込み(R)"). The toolbar's buttons get the text without mnemonic and ellipsis instead,
    // also after the text changes.
    static void plainToolBarTexts(QToolBar *toolbar);
    static QString withoutMnemonic(QString text);
};
