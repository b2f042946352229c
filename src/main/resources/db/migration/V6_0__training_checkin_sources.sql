-- Issue 6: attendance of an occurrence is recorded by check-in too: the rotating QR code, a face terminal, an approved
-- correction (补卡), and the close of the check-in window (ABSENT for whoever did not check in).
alter table course_attendance drop constraint course_attendance_source;
alter table course_attendance add constraint course_attendance_source
    check (source in ('MENTOR', 'QR', 'TERMINAL', 'CORRECTION', 'WINDOW'));
