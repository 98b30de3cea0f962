#!/usr/bin/env bash
# Real mail servers for the email channel's tests (tests/ContactCenter.Plugins.Channels.Email.Tests): Debian's Dovecot
# (IMAP for the inboxes and the customers' mailboxes, LMTP for local delivery) and Postfix (the SMTP server the plugin
# sends through, delivering to Dovecot over LMTP). The tests start private instances on loopback ephemeral ports with
# their own configuration and temp dirs; the system services are never started or enabled here.
# Installs only when missing; refreshes the package lists only when a package is not known yet.
set -euo pipefail
if command -v dovecot >/dev/null 2>&1 && [ -x /usr/lib/dovecot/lmtp ] && [ -x /usr/lib/dovecot/imap ] && command -v postfix >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Dovecot/Postfix are missing and installing them needs root: apt-get install dovecot-imapd dovecot-lmtpd postfix" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! apt-cache show dovecot-imapd >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
fi
# postfix asks how it is used; "No configuration" leaves the system instance unconfigured (the tests bring their own).
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
apt-get install -y -qq --no-install-recommends dovecot-core dovecot-imapd dovecot-lmtpd postfix >/dev/null
# The packages' maintainer scripts may have started the system instances: the tests need neither.
if command -v service >/dev/null 2>&1; then
  service dovecot stop >/dev/null 2>&1 || true
  service postfix stop >/dev/null 2>&1 || true
fi
command -v dovecot >/dev/null && command -v postfix >/dev/null
echo "Mail servers installed: $(dovecot --version | head -1), postfix $(postconf -d mail_version 2>/dev/null | cut -d' ' -f3)"
