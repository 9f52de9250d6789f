-- The SHA-256 of each imported document, so importing the same file again warns and links to what it became.
alter table review_import add column document_sha256 varchar(64);
update review_import set document_sha256 = encode(sha256(document), 'hex');
create index review_import_document_sha256 on review_import (document_sha256);

-- What a review proposes for the action that answers a recommendation (an audit's table says it): its priority,
-- who should own it and by when. The action created from the finding starts from them.
alter table finding add column priority varchar(200);
alter table finding add column proposed_owner varchar(200);
alter table finding add column proposed_target_date date;
