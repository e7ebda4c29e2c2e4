#pragma once

// Finding and filling the widgets a test drives the way a user sees them: the shown main window,
// a line edit by its accessible name.

#include "MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

namespace hexclave::tests {

// The main window the app under test has shown, or null.
inline ui::MainWindow *shownMainWindow()
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (auto *window = qobject_cast<ui::MainWindow *>(widget); window && window->isVisible())
            return window;
    }
    return nullptr;
}

inline QLineEdit *fieldByName(const QWidget &root, const QString &accessibleName)
{
    const auto fields = root.findChildren<QLineEdit *>();
    for (QLineEdit *field : fields) {
        if (field->accessibleName() == accessibleName)
            return field;
    }
    return nullptr;
}

inline void typeInto(QLineEdit *field, const QString &text)
{
    QVERIFY(field);
    field->clear();
    if (!text.isEmpty())
        QTest::keyClicks(field, text);
}

} // namespace hexclave::tests
