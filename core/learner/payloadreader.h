#pragma once

#include "learner/stringpool.h"

#include "ids/uuidtext.h"

#include <QByteArray>
#include <QCborStreamReader>
#include <QUtf8StringView>
#include <QUuid>

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>

// The streaming CBOR reading under the payload decoders (payloaddecode.cpp), for their use
// only. Payloads are read without an intermediate QCborValue tree: the derivation decodes
// every event on each rebuild, so this is the hot path, and it is all inline for that reason.
namespace groundwork::core::learner::detail {

// The bytes of one text or byte string: on the stack unless the payload is unusually long.
class Chars
{
public:
    char *data() { return m_data; }
    qsizetype size() const { return m_size; }
    std::string_view view() const { return {m_data, size_t(m_size)}; }
    qsizetype capacity() const { return m_capacity; }
    void setSize(qsizetype n) { m_size = n; }
    void reserve(qsizetype n)
    {
        if (n <= m_capacity)
            return;
        m_heap.resize(size_t(n));
        if (m_data == m_inline)
            std::memcpy(m_heap.data(), m_inline, size_t(m_size));
        m_data = m_heap.data();
        m_capacity = n;
    }

private:
    char m_inline[128];
    std::string m_heap;
    char *m_data = m_inline;
    qsizetype m_size = 0;
    qsizetype m_capacity = sizeof(m_inline);
};

class PayloadReader
{
public:
    PayloadReader(const QByteArray &bytes, StringPool *strings)
        : m_r(bytes), m_strings(strings), m_payloadSize(bytes.size())
    {
        // Room for any string of the payload (see readChunks()).
        m_chars.reserve(m_payloadSize);
    }

    // Calls onField(key) for each field of the payload in either form: a positional array
    // (`order` gives the key of each position; later positions get -1) or a map with integer
    // keys (the earlier forms). onField must consume the value. False on malformed input.
    template<typename F>
    bool readFields(std::initializer_list<int> order, F &&onField)
    {
        if (!m_r.isArray())
            return forEachField(onField);
        return forEachPosition([&](int i) { onField(i < int(order.size()) ? order.begin()[i] : -1); });
    }

    // Calls onField(key) for each integer key of a top-level map (the earlier forms); onField
    // must consume the value (with the read* helpers or skip()). False on malformed input.
    template<typename F>
    bool forEachField(F &&onField)
    {
        if (!m_r.isMap())
            return false;
        const auto field = [&](qsizetype) {
            if (!m_r.isUnsignedInteger() && !m_r.isNegativeInteger()) {
                skip(); // a key we do not understand: skip key and value
                skip();
                return;
            }
            const qint64 key = m_r.toInteger();
            m_r.next();
            onField(key);
        };
        return visitItems(field) && ok(); // the map is not left, as in forEachPosition()
    }

    // Calls onItem(position) for each item of a top-level array (the positional form); onItem
    // must consume the item. False on malformed input. The array is not left: nothing follows
    // it, and the reader is discarded.
    template<typename F>
    bool forEachPosition(F &&onItem)
    {
        if (!m_r.isArray())
            return false;
        return visitItems([&](qsizetype i) { onItem(int(i)); }) && ok();
    }

    // Text, shared through the pool when there is one (with its id in *id); `pool` false
    // for free text that will not recur (a reflection).
    QString readString(int *id = nullptr, bool pool = true)
    {
        if (!m_r.isString()) {
            skip();
            return {};
        }
        if (!readChunks())
            return {};
        if (!m_strings || !pool)
            return decodeUtf8(m_chars.view());
        return pooled(m_chars, id);
    }

    // An id written either as text or, for a canonical UUID, as its 16 bytes. With a pool,
    // a canonical UUID in text (the first form) is looked up by its bytes too.
    QString readId(int *id = nullptr)
    {
        if (!m_r.isByteArray()) {
            if (!m_strings)
                return readString();
            if (!m_r.isString()) {
                skip();
                return {};
            }
            if (!readChunks())
                return {};
            if (m_chars.size() == 36) { // perhaps a canonical UUID: key it by its bytes
                int found = m_strings->findUuidText(m_chars.view());
                if (found < 0) {
                    const QString text = decodeUtf8(m_chars.view());
                    const QByteArray raw = ids::canonicalUuidBytes(text);
                    if (raw.size() == 16)
                        pooledUuid(*reinterpret_cast<const char(*)[16]>(raw.constData()), &found, [&] { return text; });
                    else if (pooled(m_chars, &found).isNull() && m_failed)
                        return {};
                    m_strings->addUuidText(m_chars.view(), found); // either way: parsed once
                }
                if (id)
                    *id = found;
                return m_strings->text(found);
            }
            return pooled(m_chars, id);
        }
        if (!readChunks() || m_chars.size() != 16)
            return {};
        const char(&bytes)[16] = *reinterpret_cast<const char(*)[16]>(m_chars.data());
        const auto uuidText = [&] {
            return QUuid::fromRfc4122(QByteArrayView(bytes, 16)).toString(QUuid::WithoutBraces);
        };
        if (!m_strings)
            return uuidText();
        return pooledUuid(bytes, id, uuidText);
    }

    qint64 readInteger(qint64 fallback = 0)
    {
        if (m_r.isUnsignedInteger() || m_r.isNegativeInteger()) {
            const qint64 v = m_r.toInteger();
            m_r.next();
            return v;
        }
        skip();
        return fallback;
    }

    // A number of any CBOR numeric type; 0 for anything else.
    double readDouble()
    {
        double v = 0;
        if (m_r.isDouble())
            v = m_r.toDouble();
        else if (m_r.isFloat())
            v = double(m_r.toFloat());
        else if (m_r.isFloat16())
            v = double(float(m_r.toFloat16()));
        else if (m_r.isUnsignedInteger() || m_r.isNegativeInteger())
            v = double(m_r.toInteger());
        else {
            skip();
            return 0;
        }
        m_r.next();
        return v;
    }

    // A score in any form: [numerator, denominator] (form 2), an unsigned numerator followed
    // by an unsigned denominator (form 3), or a number. 0 for a malformed fraction.
    double readScore()
    {
        if (m_r.isArray()) {
            qint64 parts[2] = {0, 0};
            int n = 0;
            forEachItem([&] {
                const qint64 v = readInteger(-1);
                if (n < 2)
                    parts[n] = v;
                ++n;
            });
            return n == 2 ? fraction(parts[0], parts[1]) : 0;
        }
        if (!m_r.isUnsignedInteger())
            return readDouble();
        const qint64 numerator = m_r.toInteger();
        m_r.next();
        if (!m_r.isUnsignedInteger())
            return double(numerator); // an integer score: what follows is the next id or the end
        const qint64 denominator = m_r.toInteger();
        m_r.next();
        return fraction(numerator, denominator);
    }

    bool readBool()
    {
        const bool v = m_r.isTrue();
        if (m_r.isBool()) {
            m_r.next();
            return v;
        }
        skip();
        return false;
    }

    // Calls onItem() for each element of an array value; onItem must consume it.
    template<typename F>
    void forEachItem(F &&onItem)
    {
        if (!m_r.isArray()) {
            skip();
            return;
        }
        if (visitItems([&](qsizetype) { onItem(); }) && ok())
            m_r.leaveContainer();
    }

    // The item count of the current array (pairs of a map) from its header, or -1 when it has none. Bounded by
    // the payload size (every item takes a byte), so a corrupt header cannot make a reader
    // loop for long.
    qsizetype knownLength() const
    {
        if (!m_r.isLengthKnown())
            return -1;
        return qsizetype(std::min<quint64>(m_r.length(), quint64(m_payloadSize)));
    }

    bool isText() const { return m_r.isString(); }

    void skip()
    {
        if (ok() && m_r.hasNext())
            m_r.next(); // skips whole containers too
    }

    bool ok() { return !m_failed && m_r.lastError() == QCborError::NoError; }

private:
    // Enters the current array or map and calls onItem(index) for each item (or key-value
    // pair): by count when the header gives one, else up to its end. A read on a failed reader
    // does nothing, so errors are checked once, by the caller. False when it cannot be entered.
    template<typename F>
    bool visitItems(F &&onItem)
    {
        const qsizetype n = knownLength();
        if (!m_r.enterContainer())
            return false;
        if (n < 0) {
            for (qsizetype i = 0; ok() && m_r.hasNext(); ++i)
                onItem(i);
        } else {
            for (qsizetype i = 0; i < n && !m_failed; ++i)
                onItem(i);
        }
        return true;
    }

    QString pooled(const Chars &utf8, int *id)
    {
        int found = m_strings->findText(utf8.view());
        if (found < 0) {
            QString text = decodeUtf8(utf8.view());
            if (m_failed)
                return {};
            found = m_strings->addText(utf8.view(), std::move(text));
        }
        if (id)
            *id = found;
        return m_strings->text(found);
    }

    template<typename MakeText>
    QString pooledUuid(const char (&bytes)[16], int *id, MakeText &&makeText)
    {
        int found = m_strings->findUuid(bytes);
        if (found < 0)
            found = m_strings->addUuid(bytes, makeText());
        if (id)
            *id = found;
        return m_strings->text(found);
    }

    static double fraction(qint64 numerator, qint64 denominator)
    {
        if (numerator < 0 || denominator <= 0)
            return 0;
        return double(numerator) / double(denominator);
    }

    QString decodeUtf8(std::string_view utf8)
    {
        if (!QUtf8StringView(utf8.data(), qsizetype(utf8.size())).isValidUtf8()) {
            m_failed = true; // as QCborStreamReader::readString() would report
            return {};
        }
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    }

    // Reads the bytes of the current text or byte string (all its chunks) into m_chars; false
    // on error. No chunk can be longer than the payload, and m_chars has room for the whole
    // payload, so no chunk size needs asking for (readStringChunk() would drop what does not
    // fit).
    bool readChunks()
    {
        m_chars.setSize(0);
        for (;;) {
            const auto r = m_r.readStringChunk(m_chars.data() + m_chars.size(), m_chars.capacity() - m_chars.size());
            if (r.status == QCborStreamReader::EndOfString)
                return true;
            if (r.status != QCborStreamReader::Ok) {
                m_failed = true;
                return false;
            }
            m_chars.setSize(m_chars.size() + r.data);
        }
    }

    QCborStreamReader m_r;
    StringPool *m_strings;
    qsizetype m_payloadSize;
    Chars m_chars; // the string being read
    bool m_failed = false;
};

} // namespace groundwork::core::learner::detail
