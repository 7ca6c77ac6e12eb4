#pragma once

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QWidget>

// Tests reach widgets as a user would name them: by object name, failing loudly when one is missing.
template<typename T> T *findWidget(const QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1StringView(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

inline QPushButton *okButton(const QWidget *dialog)
{
    return findWidget<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

// A check box or radio button stretched by its layout reacts only to its indicator and text, not
// to the empty space where QTest::mouseClick() aims by default.
inline void clickIndicator(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(4, button->height() / 2));
}

// Every visible widget that takes the keyboard has a name a screen reader can say, and every label with
// a mnemonic names a field (its buddy), which the mnemonic then focuses.
inline void verifyAccessibleNames(const QWidget *dialog)
{
    for (QWidget *child : dialog->findChildren<QWidget *>()) {
        // A spin box's line edit and a view's own parts (headers, corner button) are named by their owner.
        const bool part = qobject_cast<QAbstractSpinBox *>(child->parent()) ||
                          qobject_cast<QAbstractItemView *>(child->parent());
        if (child->focusPolicy() != Qt::NoFocus && !part && child->isVisible())
            QVERIFY2(!child->accessibleName().isEmpty(),
                     qPrintable(child->objectName() + QLatin1StringView(" ") +
                                QLatin1StringView(child->metaObject()->className())));
    }
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        static const QRegularExpression mnemonic(QStringLiteral("&[^&]"));
        if (label->isVisible() && label->textFormat() != Qt::RichText && label->text().contains(mnemonic))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
}
