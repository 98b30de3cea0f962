-- 0001: collections, documents, index entries and the event log.
-- Names and ids are text COLLATE "C" (byte-wise, no locale). Order-sensitive values are bytea sort keys built by the
-- store (see Documents/SortKey.cs) whose byte order is exactly the providers' shared ordinal (UTF-16) order.

-- A collection and the JSON fields it indexes. Definitions only grow: a field, once indexed, stays indexed.
CREATE TABLE cc_collections (
    name           text COLLATE "C" PRIMARY KEY,
    indexed_fields text[] COLLATE "C" NOT NULL DEFAULT '{}',
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- Every document of every collection. id_key is the sort key of the id, used to order and filter by id.
-- body is json, not jsonb: json keeps the text exactly as written (key order, spacing, \u0000 escapes), which every
-- provider must return byte for byte; jsonb would reorder keys and refuses \u0000. Cast body::jsonb for ad-hoc SQL.
CREATE TABLE cc_documents (
    collection text COLLATE "C" NOT NULL,
    id         text COLLATE "C" NOT NULL,
    id_key     bytea NOT NULL,
    body       json NOT NULL,
    version    bigint NOT NULL CHECK (version > 0),
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (collection, id)
);

CREATE INDEX cc_documents_by_id_key ON cc_documents (collection, id_key, id);

-- One row per document and declared indexed field: the field's value as an order-preserving sort key
-- (kind byte, then the value; a missing field is the Null key), and id_order, the id's own sort key (its UTF-16
-- code units), which breaks ties. Filters, ordering and keyset paging all run on cc_index_entries_by_key.
-- No foreign key to cc_documents: the store writes and deletes entries in the same statement batch as their
-- document, and a per-row foreign-key check halved the speed of bulk writes.
CREATE TABLE cc_index_entries (
    collection text COLLATE "C" NOT NULL,
    id         text COLLATE "C" NOT NULL,
    field      text COLLATE "C" NOT NULL,
    key        bytea NOT NULL,
    id_order   bytea NOT NULL,
    PRIMARY KEY (collection, id, field)
);

CREATE INDEX cc_index_entries_by_key ON cc_index_entries (collection, field, key, id_order) INCLUDE (id);

-- The last event sequence handed out. Appenders update this single row inside their transaction, so they take
-- sequences one transaction at a time and in commit order: a reader never sees sequence N+1 before N.
CREATE TABLE cc_event_counter (
    singleton     boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    last_sequence bigint NOT NULL
);

INSERT INTO cc_event_counter (singleton, last_sequence) VALUES (true, 0);

-- The append-only event log. data is json (not jsonb) so the text comes back byte for byte as it was appended.
CREATE TABLE cc_events (
    sequence bigint PRIMARY KEY,
    stream   text COLLATE "C" NOT NULL,
    type     text NOT NULL,
    data     json NOT NULL,
    time     timestamptz NOT NULL
);

CREATE INDEX cc_events_by_stream ON cc_events (stream, sequence);
