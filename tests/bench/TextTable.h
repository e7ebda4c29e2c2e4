#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hexclave::bench {

// A plain-text table: the first column left-aligned, the others right-aligned, a rule under
// the header. Rows with a single cell span the table (notes between rows).
class TextTable
{
public:
    explicit TextTable(QStringList header);

    void addRow(QStringList cells);
    void addNote(const QString &note);
    QString render(int indent = 2) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

// Number formats shared by the tables.
namespace format {
QString ms(double milliseconds);   // "108 ms", "0.84 ms", "4.12 s"
QString mb(qint64 kilobytes);      // "52.3 MB"
QString signedMb(qint64 kilobytes); // "+1.2 MB", "−0.4 MB"
QString count(qint64 value);       // "100,000"
QString ratio(double value);       // "1.18×"
} // namespace format

} // namespace hexclave::bench
