-- Users, their roles and clearance, and the append-only security event log (issue #4).

create sequence app_user_seq start with 1 increment by 50;

create table app_user (
    id                  bigint      primary key,
    version             bigint      not null default 0,
    username            text        not null check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    display_name        text        not null check (length(display_name) between 1 and 200),
    email               text        check (length(email) <= 254),
    password_hash       text        not null check (length(password_hash) between 20 and 500),
    clearance           text        not null check (clearance in
                            ('UNCLASSIFIED', 'CUI', 'SECRET', 'TOP_SECRET')),
    enabled             boolean     not null default true,
    failed_attempts     integer     not null default 0 check (failed_attempts >= 0),
    last_failure_at     timestamptz,
    locked_until        timestamptz,
    last_sign_in_at     timestamptz,
    password_changed_at timestamptz not null,
    created_at          timestamptz not null,
    constraint app_user_username_uq unique (username)
);
create index app_user_display_name_idx on app_user (lower(display_name), username);

create table app_user_role (
    user_id bigint not null references app_user (id) on delete cascade,
    role    text   not null check (role in
                ('CONTRACTING_OFFICER', 'LEGAL', 'MANAGER', 'ADMINISTRATOR')),
    primary key (user_id, role)
);
-- "Is there another enabled administrator?" and the users page's role filter.
create index app_user_role_role_idx on app_user_role (role, user_id);

-- Security events: who (actor), what (kind, subject, detail), when, where (client address) and
-- outcome. NIST SP 800-53 AU-3 content; AU-9: rows can be added, never changed or removed.
create sequence security_event_seq start with 1 increment by 50;

create table security_event (
    id             bigint      primary key,
    occurred_at    timestamptz not null,
    actor          text        not null check (length(actor) between 1 and 64),
    kind           text        not null check (kind in ('SIGN_IN', 'SIGN_OUT', 'LOCKOUT',
                       'ACCESS_DENIED', 'USER_CREATED', 'USER_DISABLED', 'USER_ENABLED',
                       'USER_UNLOCKED', 'PASSWORD_RESET', 'ROLES_CHANGED',
                       'CLEARANCE_CHANGED')),
    outcome        text        not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    subject        text        check (length(subject) <= 200),
    client_address text        check (length(client_address) <= 64),
    detail         text        check (length(detail) <= 1000)
);
-- The administrator page filters by time, actor, kind and outcome, newest first.
create index security_event_occurred_idx on security_event (occurred_at desc, id desc);
create index security_event_actor_idx    on security_event (actor, occurred_at desc);
create index security_event_kind_idx     on security_event (kind, occurred_at desc);
create index security_event_outcome_idx  on security_event (outcome, occurred_at desc);

-- Append-only, whoever connects: a trigger also stops the table owner and superusers (grants
-- alone do not bind the owner, and the application migrates as the owner).
create function reject_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger security_event_append_only
    before update or delete on security_event
    for each row execute function reject_audit_change();
create trigger security_event_no_truncate
    before truncate on security_event
    for each statement execute function reject_audit_change();

-- Where the application runs as a role that does not own the schema (recommended in
-- production, see docs/security.md), grants say the same thing.
revoke update, delete, truncate on security_event from public;
