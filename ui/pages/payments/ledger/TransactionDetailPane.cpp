#include "TransactionDetailPane.h"

#include "payments/TransactionsModel.h"
#include "widgets/PaletteColors.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::TransactionsModel;

namespace {

constexpr int maxJsonLines = 18;

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

QColor testModeColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(251, 191, 36) : QColor(161, 98, 7);
}

TransactionDetailPane::TransactionDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(tr("Select a transaction to see its entries."), this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget(m_scroll))
    , m_title(new QLabel(m_content))
    , m_id(new QLineEdit(m_content))
    , m_copyId(new QToolButton(m_content))
    , m_created(valueLabel(m_content))
    , m_effective(valueLabel(m_content))
    , m_type(valueLabel(m_content))
    , m_mode(valueLabel(m_content))
    , m_amount(valueLabel(m_content))
    , m_status(valueLabel(m_content))
    , m_adjustedBy(new QLabel(m_content))
    , m_entriesTitle(new QLabel(m_content))
    , m_entries(new QVBoxLayout)
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_entriesTitle->setFont(titleFont);

    m_id->setReadOnly(true);
    m_id->setAccessibleName(tr("Transaction ID"));
    m_id->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyId->setIcon(themedIcon(QStringLiteral("copy")));
    m_copyId->setToolTip(tr("Copy the transaction ID"));
    m_copyId->setAccessibleName(tr("Copy the transaction ID"));
    connect(m_copyId, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_id->text()); });

    m_adjustedBy->setTextFormat(Qt::RichText);
    m_adjustedBy->setWordWrap(true);
    m_adjustedBy->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_adjustedBy, &QLabel::linkActivated, this, [this](const QString &link) {
        Q_EMIT transactionLinkActivated(QUrl::fromPercentEncoding(link.mid(int(qstrlen("transaction:"))).toUtf8()));
    });

    auto *idRow = new QHBoxLayout;
    idRow->setContentsMargins(0, 0, 0, 0);
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copyId);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("ID"), idRow);
    form->addRow(tr("Effective"), m_effective);
    form->addRow(tr("Created"), m_created);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Mode"), m_mode);
    form->addRow(tr("Amount"), m_amount);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Adjusted by"), m_adjustedBy);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addWidget(m_title);
    contentLayout->addLayout(form);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(m_entriesTitle);
    contentLayout->addLayout(m_entries);
    contentLayout->addStretch(1);

    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // only when narrower than the ids

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_scroll, 1);
    setMinimumWidth(280);
    clear();
}

void TransactionDetailPane::clear()
{
    m_transaction.reset();
    m_scroll->hide();
    m_placeholder->show();
    rebuildEntries();
}

QString TransactionDetailPane::linkTo(const QString &transactionId, const QString &text)
{
    return QStringLiteral("<a href=\"transaction:%1\">%2</a>")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(transactionId)), text.toHtmlEscaped());
}

void TransactionDetailPane::setTransaction(const api::Transaction &transaction)
{
    m_transaction = transaction;
    m_placeholder->hide();
    m_scroll->show();

    QStringList marks{TransactionsModel::typeText(transaction.type)};
    if (transaction.testMode)
        marks << tr("Test mode");
    if (transaction.isRefunded())
        marks << tr("Refunded");
    m_title->setText(marks.join(QStringLiteral(" · ")));
    m_id->setText(transaction.id);
    m_id->setCursorPosition(0);
    m_effective->setText(TransactionsModel::dateTimeText(transaction.effectiveAtMillis, locale()));
    m_created->setText(TransactionsModel::dateTimeText(transaction.createdAtMillis, locale()));
    m_type->setText(transaction.type.isEmpty() ? tr("(none)")
                                               : tr("%1 (%2)").arg(TransactionsModel::typeText(transaction.type), transaction.type));
    m_mode->setText(transaction.testMode ? tr("Test mode: no real money moved") : tr("Live"));
    const QString amount = TransactionsModel::amountText(TransactionsModel::chargedAmounts(transaction), locale());
    m_amount->setText(amount.isEmpty() ? tr("No money moved") : amount);
    m_status->setText(transaction.isRefunded() ? tr("Refunded") : tr("Not adjusted"));

    QStringList links;
    for (const api::TransactionAdjustment &adjustment : transaction.adjustedBy)
        links << linkTo(adjustment.transactionId, tr("%1 (entry #%2)").arg(adjustment.transactionId).arg(adjustment.entryIndex));
    m_adjustedBy->setText(links.isEmpty() ? tr("Nothing") : links.join(QStringLiteral("<br>")));
    auto *form = qobject_cast<QFormLayout *>(m_content->layout()->itemAt(1)->layout());
    if (form)
        form->setRowVisible(m_adjustedBy, !links.isEmpty());
    applyModeStyle();
    rebuildEntries();
}

QStringList TransactionDetailPane::entryTitles() const
{
    QStringList titles;
    for (QWidget *box : m_entryBoxes) {
        if (auto *group = qobject_cast<QGroupBox *>(box))
            titles << group->title();
    }
    return titles;
}

void TransactionDetailPane::rebuildEntries()
{
    qDeleteAll(m_entryBoxes);
    m_entryBoxes.clear();
    m_entryJson.clear();
    if (!m_transaction) {
        m_entriesTitle->clear();
        return;
    }
    m_entriesTitle->setText(tr("Entries (%1)").arg(m_transaction->entries.size()));
    for (qsizetype index = 0; index < m_transaction->entries.size(); ++index) {
        QWidget *box = entryBox(int(index), m_transaction->entries.at(index));
        m_entries->addWidget(box);
        m_entryBoxes << box;
    }
}

QWidget *TransactionDetailPane::entryBox(int index, const api::TransactionEntry &entry)
{
    using Type = api::TransactionEntry::Type;
    auto *box = new QGroupBox(tr("#%1 · %2").arg(index).arg(TransactionsModel::entryTypeText(entry)), m_content);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addText = [box, form](const QString &label, const QString &text) {
        QLabel *value = valueLabel(box);
        value->setText(text);
        form->addRow(label, value);
    };
    const auto customerType = api::customerTypeFromId(entry.customerType);
    if (!entry.customerId.isEmpty() && customerType) {
        auto *customer = valueLabel(box);
        customer->setTextFormat(Qt::RichText);
        customer->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                          | Qt::LinksAccessibleByKeyboard);
        customer->setText(QStringLiteral("<a href=\"customer\">%1</a>")
                              .arg(QString(TransactionsModel::customerTypeText(entry.customerType) + u' ' + entry.customerId)
                                       .toHtmlEscaped()));
        customer->setToolTip(tr("Show this customer's items and products"));
        connect(customer, &QLabel::linkActivated, this, [this, ref = api::CustomerRef{*customerType, entry.customerId}] {
            Q_EMIT customerLinkActivated(ref);
        });
        form->addRow(tr("Customer"), customer);
    } else if (!entry.customerId.isEmpty()) {
        addText(tr("Customer"), TransactionsModel::customerTypeText(entry.customerType) + u' ' + entry.customerId);
    }
    if (!entry.chargedAmount.isEmpty())
        addText(tr("Charged"), TransactionsModel::amountText(entry.chargedAmount, locale()));
    if (!entry.netAmount.isEmpty())
        addText(tr("Net"), TransactionsModel::amountText(entry.netAmount, locale()));
    if (entry.type == Type::ProductGrant) {
        const QString id = entry.productId.isEmpty() ? tr("inline product") : entry.productId;
        addText(tr("Product"), entry.productDisplayName.isEmpty() ? id : tr("%1 (%2)").arg(entry.productDisplayName, id));
        if (!entry.priceId.isEmpty()) {
            const QString unit = TransactionsModel::amountText(entry.unitPrice, locale());
            addText(tr("Price"), unit.isEmpty() ? entry.priceId : tr("%1 (%2 each)").arg(entry.priceId, unit));
        }
    }
    if (!entry.itemId.isEmpty())
        addText(tr("Item"), entry.itemId);
    if (entry.type == Type::ProductGrant || entry.type == Type::ItemQuantityChange || entry.type == Type::ProductRevocation
        || entry.type == Type::ProductRevocationReversal)
        addText(tr("Quantity"), locale().toString(entry.quantity));
    if (!entry.subscriptionId.isEmpty())
        addText(tr("Subscription"), entry.subscriptionId);
    if (!entry.oneTimePurchaseId.isEmpty())
        addText(tr("One-time purchase"), entry.oneTimePurchaseId);
    if (entry.adjustedTransactionId) {
        auto *adjusts = new QLabel(box);
        adjusts->setTextFormat(Qt::RichText);
        adjusts->setWordWrap(true);
        adjusts->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        const QString entryText = entry.adjustedEntryIndex ? tr(", entry #%1").arg(*entry.adjustedEntryIndex) : QString();
        adjusts->setText(linkTo(*entry.adjustedTransactionId, *entry.adjustedTransactionId + entryText));
        connect(adjusts, &QLabel::linkActivated, this, [this](const QString &link) {
            Q_EMIT transactionLinkActivated(QUrl::fromPercentEncoding(link.mid(int(qstrlen("transaction:"))).toUtf8()));
        });
        form->addRow(tr("Adjusts"), adjusts);
    }

    auto *json = new QPlainTextEdit(box);
    json->setReadOnly(true);
    const QString jsonText = entry.prettyJson();
    json->setPlainText(jsonText);
    json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    json->setLineWrapMode(QPlainTextEdit::NoWrap);
    json->setAccessibleName(tr("Entry #%1 as sent by the server").arg(index));
    const int lines = std::min(int(jsonText.count(u'\n')) + 1, maxJsonLines);
    json->setFixedHeight(lines * json->fontMetrics().lineSpacing() + 2 * json->frameWidth()
                         + int(json->document()->documentMargin() * 2) + 4);
    m_entryJson << json;

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(json);
    return box;
}

void TransactionDetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyModeStyle();
}

void TransactionDetailPane::applyModeStyle()
{
    const bool testMode = m_transaction && m_transaction->testMode;
    QPalette palette = m_mode->palette();
    palette.setColor(QPalette::WindowText, testMode ? testModeColor(this->palette()) : this->palette().color(QPalette::WindowText));
    m_mode->setPalette(palette);
    QFont font = m_mode->font();
    font.setBold(testMode);
    m_mode->setFont(font);
}

} // namespace hexclave::ui
