#include "TextTable.h"

#include <QLocale>

#include <algorithm>

namespace hexclave::bench {

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_header.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

void TextTable::addNote(const QString &note)
{
    m_rows.append({note});
}

QString TextTable::render(int indent) const
{
    QList<qsizetype> widths;
    for (const QString &title : m_header)
        widths.append(title.size());
    for (const QStringList &row : m_rows) {
        if (row.size() == 1 && m_header.size() > 1)
            continue; // notes span the table
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    const QString margin(indent, u' ');
    const auto line = [&](const QStringList &cells) -> QString {
        QString text = margin;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            if (column > 0)
                text += QStringLiteral("   ");
            text += column == 0 ? cells.at(column).leftJustified(widths.at(column))
                                : cells.at(column).rightJustified(widths.at(column));
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    qsizetype total = 0;
    for (qsizetype width : widths)
        total += width;
    total += 3 * (widths.size() - 1);

    QString text = line(m_header);
    text += margin + QString(total, u'-') + u'\n';
    for (const QStringList &row : m_rows) {
        if (row.size() == 1 && m_header.size() > 1)
            text += margin + row.constFirst() + u'\n';
        else
            text += line(row);
    }
    return text;
}

namespace format {

QString ms(double milliseconds)
{
    if (milliseconds >= 10'000)
        return QString::number(milliseconds / 1000, 'f', 1) + QStringLiteral(" s");
    if (milliseconds >= 1'000)
        return QString::number(milliseconds / 1000, 'f', 2) + QStringLiteral(" s");
    if (milliseconds >= 100)
        return QString::number(milliseconds, 'f', 0) + QStringLiteral(" ms");
    if (milliseconds >= 10)
        return QString::number(milliseconds, 'f', 1) + QStringLiteral(" ms");
    return QString::number(milliseconds, 'f', 2) + QStringLiteral(" ms");
}

QString mb(qint64 kilobytes)
{
    return QString::number(double(kilobytes) / 1024.0, 'f', 1) + QStringLiteral(" MB");
}

QString signedMb(qint64 kilobytes)
{
    return (kilobytes < 0 ? QStringLiteral("−") : QStringLiteral("+")) + mb(kilobytes < 0 ? -kilobytes : kilobytes);
}

QString count(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

QString ratio(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("×");
}

} // namespace format

} // namespace hexclave::bench
