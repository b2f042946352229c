-- When a ZKTeco device last got the roster lines it did not have yet (on its getrequest, at most once per
-- cotrain.terminal.roster-sync).
alter table terminal_device add column roster_synced_at timestamptz;
