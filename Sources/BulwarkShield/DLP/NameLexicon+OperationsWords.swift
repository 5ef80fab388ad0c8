extension NameLexicon {
    /// Words of IT operations and support work that the SCOWL-based common words lack, and that open log lines, work
    /// notes and headings written as a name is (`Backup: completed`, `Rollback – done`, `Failover (DR): ok`).
    static let operationsWordsData = """
        backup backups rollback rollbacks deploy deploys deployment deployments redeploy reboot reboots firmware
        rollout rollouts cutover failover hotfix hotfixes webhook webhooks sync router routers firewall firewalls
        alerts outage outages downtime uptime healthcheck runbook runbooks playbook playbooks hostname login logins
        logout signup onboarding offboarding dashboard dashboards endpoint endpoints backend frontend containers
        snapshot snapshots replica replicas timeout timeouts latency vpn wifi escalation escalations handover standup
        retro sprint changelog depot helpdesk servicedesk triage lint linting latitude optiplex thinkpad ideapad
        elitebook probook vostro inspiron
        """
}
