#pragma once

#include <QFrame>
#include <functional>

class PaletteFollower;
class QLabel;
class QPushButton;

// A bar above the table that says what went wrong (or what to know) and offers the way out,
// instead of a silent empty table or a modal box.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    // Success: the server confirmed what the user asked for; Info: anything else worth saying.
    enum class Kind { Error, Info, Success };

    // A message longer than this (a server's words in it) is cut with "(… N more characters)".
    static constexpr qsizetype kMaxLength = 600;

    explicit ErrorBanner(QWidget *parent = nullptr);

    // actionText empty: no action button. The text is plain: markup in it shows as written.
    void showMessage(Kind kind, const QString &text, const QString &actionText = QString(),
                     std::function<void()> action = {});
    QString text() const;

private:
    void applyColors();

    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    std::function<void()> m_callback;
    PaletteFollower *m_colors;
};
