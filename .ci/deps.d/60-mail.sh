#!/usr/bin/env bash
# Real mail servers for the email channel's tests (tests/ContactCenter.Plugins.Channels.Email.Tests): Debian's Dovecot
# (IMAP for the inboxes and the customers' mailboxes, LMTP for local delivery) and Postfix (the SMTP server the plugin
# sends through, delivering to Dovecot over LMTP). The tests start private instances on loopback ephemeral ports with
# their own configuration and temp dirs; the system services are never started or enabled here.
# Installs only when missing; refreshes the package lists only when a package is not known yet.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"
servers=(dovecot /usr/lib/dovecot/lmtp /usr/lib/dovecot/imap postfix)
if packages_present "${servers[@]}"; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  # postfix asks how it is used; "No configuration" leaves the system instance unconfigured (the tests bring their own).
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
fi
ensure_packages "${servers[@]}" -- dovecot-core dovecot-imapd dovecot-lmtpd postfix
# The packages' maintainer scripts may have started the system instances: the tests need neither.
if command -v service >/dev/null 2>&1; then
  service dovecot stop >/dev/null 2>&1 || true
  service postfix stop >/dev/null 2>&1 || true
fi
echo "Mail servers installed: $(dovecot --version | head -1), postfix $(postconf -d mail_version 2>/dev/null | cut -d' ' -f3)"
