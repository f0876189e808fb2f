-- Demo users, one per role (demo mode only; see README). All share the demo password
-- "clausewatch-demo"; only its PBKDF2-HMAC-SHA512 hash (210,000 iterations) is stored here.
-- analyst is a manager cleared to CUI only: the SECRET xAI contract does not exist for them.
-- An account an administrator changed is left alone (insert only what is missing).

insert into app_user (id, version, username, display_name, email, password_hash, clearance,
                      enabled, failed_attempts, password_changed_at, created_at)
select nextval('app_user_seq'), 0, u.username, u.display_name, u.username || '@demo.clausewatch.invalid',
       u.password_hash, u.clearance, true, 0, now(), now()
from (values
    ('officer', 'Olivia Ortega (demo)', 'SECRET',
     'PBKDF2WithHmacSHA512:210000:peEoj6OuZLdPdFn+Ekw7SvyS5id7lMoGmpADegVbG2w=:AfZy6cDOejrhWRmyMiTLpY1wQ4g7qTZzf6QnGx5W5zC0Sn8OgWwiQ25SPJ1D39nj1QnXxA2VVHBJ0hJmH5w7uw=='),
    ('counsel', 'Casey Chen (demo)', 'SECRET',
     'PBKDF2WithHmacSHA512:210000:GQRZE58GgATbXQJmU7uEsUXyectlXUON4qEHWNNXTiY=:fbry76q+UK1fHozx94fqmMZmd+ur/jHXQsf/y0zro3mtYYQE8XLX0KE7UOSHxRn9bPMj1Mwbsfv/lFo6STobdg=='),
    ('manager', 'Morgan Miller (demo)', 'TOP_SECRET',
     'PBKDF2WithHmacSHA512:210000:zXxoUtLhLBqqh6c2SJDMGbluQvmOvGMNg6qfGWrv1X0=:DKXcco7NzcQlcPtCMsmCBTE6Ze8mBjG38Ize+KeUOSpqs6QwkSK53wxTw3aI8mF+762baAK8KD/p6cvb/21YUg=='),
    ('analyst', 'Avery Adams (demo)', 'CUI',
     'PBKDF2WithHmacSHA512:210000:APynyojZhgNZ40yZYlur0O0ugSxAvUFz3kaPjKUzSa4=:EPyqoNHhNyKycTJcgdI5/d5CSEFIaKjIx3Y9zYZfAydGB0HZFTEH6t59RSytGAHgy80LWto7/QH+RkiOF8GptQ=='),
    ('admin', 'Alex Admin (demo)', 'UNCLASSIFIED',
     'PBKDF2WithHmacSHA512:210000:vbtoO8a9g3MKjRdCckhBMq59k6adEU85oGTvtrbFPJU=:HiTAp8DFUZeGGiQTNsnIGbXSw6aVvaRoppOJAnpSDN+kFP3HqessrOTC/dNbBk67+ZME1IIa2H7d2Zqd0/fRhA==')
) as u(username, display_name, clearance, password_hash)
where not exists (select 1 from app_user x where x.username = u.username);

insert into app_user_role (user_id, role)
select x.id, u.role from (values
    ('officer', 'CONTRACTING_OFFICER'),
    ('counsel', 'LEGAL'),
    ('manager', 'MANAGER'),
    ('analyst', 'MANAGER'),
    ('admin', 'ADMINISTRATOR')
) as u(username, role)
join app_user x on x.username = u.username
where not exists (select 1 from app_user_role y where y.user_id = x.id)
  and x.created_at = x.password_changed_at;
