#pragma once

#include <QWidget>

namespace hexclave::ui {

// A sign-up risk score (0–100) read at a glance: "Low (12)" and a short bar, green, amber or
// red in colours that hold on light and dark palettes.
class RiskScoreBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskScoreBar)

public:
    enum class Level { Low, Medium, High };

    explicit RiskScoreBar(QWidget *parent = nullptr);

    void setScore(int score); // clamped to 0–100
    int score() const { return m_score; }
    QString text() const; // "Low (12)"

    static Level levelOf(int score);
    static QString levelText(Level level);
    static QColor levelColor(Level level, const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_score = 0;
};

} // namespace hexclave::ui
