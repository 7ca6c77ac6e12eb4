#pragma once

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
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

// Every visible input, as a screen reader would meet it, has a name.
inline void verifyAccessibleNames(const QWidget *dialog)
{
    for (QWidget *child : dialog->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QAbstractButton *>(child) || qobject_cast<QComboBox *>(child) ||
                           qobject_cast<QAbstractSpinBox *>(child) || qobject_cast<QPlainTextEdit *>(child) ||
                           qobject_cast<QAbstractItemView *>(child) ||
                           (qobject_cast<QLineEdit *>(child) && !qobject_cast<QComboBox *>(child->parent()) &&
                            !qobject_cast<QAbstractSpinBox *>(child->parent()));
        // A view's own parts (headers, corner button) are named by the view.
        const bool viewPart = qobject_cast<QAbstractItemView *>(child->parent()) != nullptr;
        if (input && !viewPart && child->isVisible())
            QVERIFY2(
                !child->accessibleName().isEmpty(),
                qPrintable(child->objectName() + QLatin1StringView(" ") + child->metaObject()->className()));
    }
}
