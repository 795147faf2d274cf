#pragma once

#include <QColor>
#include <QFrame>

class QHBoxLayout;
class QIcon;
class QLabel;

namespace cs {

// The one message banner of every page and dialog: a coloured box with an optional icon and
// buttons (pages), or a plain line whose text turns red for errors (a dialog's status line).
// The palette lives here and nowhere else.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Info, Warning, Error, Good };
    enum class Look { Box, Line };

    explicit MessageBanner(QWidget *parent = nullptr, Look look = Look::Box);
    Q_DISABLE_COPY_MOVE(MessageBanner)

    // Shows `text` in the colours of `kind`.
    void showMessage(Kind kind, const QString &text);
    // Hides the banner and forgets its text.
    void clearMessage();
    // The text shown; empty while the banner is hidden.
    QString text() const;
    Kind kind() const { return m_kind; }

    // The label that holds the text (for rich text, or an object name the tests look for).
    QLabel *label() const { return m_text; }
    // A small icon left of the text; none at first.
    void setIcon(const QIcon &icon);
    // A widget (a button) at the right end.
    void addWidget(QWidget *widget);

    // The colour of a Line banner's text, and of a form's message under a field.
    static QColor lineColor(Kind kind);
    // Gives `label` the text colour of a Line banner of `kind`.
    static void colorLine(QLabel *label, Kind kind);

private:
    void applyStyle();

    Look m_look;
    Kind m_kind = Kind::Info;
    QHBoxLayout *m_layout;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace cs
