import Yams

/// Reads `bulwark.yaml` into a validated `Policy`, collecting every problem with its line number.
public struct PolicyParser: Sendable {
    /// The sensitive data type names the detectors know (`EMAIL`, `AWS_ACCESS_KEY`, …); keys under
    /// `data_protection` must be among them.
    let dataTypes: Set<String>

    public init(dataTypes: Set<String>) {
        self.dataTypes = dataTypes
    }

    /// Parses and validates policy text.
    /// - Throws: `InvalidPolicyError` listing every problem found.
    public func parse(_ text: String) throws(InvalidPolicyError) -> Policy {
        var reader = Reader(dataTypes: dataTypes)
        let policy = reader.read(text)
        if let policy, reader.problems.isEmpty { return policy }
        throw InvalidPolicyError(problems: reader.problems)
    }
}

private struct Reader {
    let dataTypes: Set<String>
    var problems: [PolicyProblem] = []

    mutating func problem(_ node: Node?, _ message: String, fix: String) {
        problems.append(PolicyProblem(line: node?.mark?.line, message: message, fix: fix))
    }

    mutating func read(_ text: String) -> Policy? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            problems.append(
                PolicyProblem(
                    line: Self.line(of: error),
                    message: "not valid YAML (\(error))",
                    fix: "correct the YAML syntax at that line (indentation, colons, quotes)"
                )
            )
            return nil
        }
        guard let root else { return Policy(providers: [], models: [], roles: []) }
        guard let top = mapping(root, "the policy file") else { return nil }
        allowOnly(
            top,
            keys: ["providers", "models", "roles", "limits", "data_protection", "injection", "answers"],
            in: "the top level"
        )
        var providers: [ProviderPolicy] = []
        for node in list(top["providers"], "providers") { if let p = provider(node) { providers.append(p) } }
        var models: [ModelPolicy] = []
        for node in list(top["models"], "models") { if let m = model(node) { models.append(m) } }
        var roles: [RolePolicy] = []
        if let rolesNode = top["roles"], let map = mapping(rolesNode, "roles") {
            for (key, value) in map { if let role = role(key, value) { roles.append(role) } }
        }
        var limits = LimitsPolicy()
        if let node = top["limits"], let parsed = limitsPolicy(node) { limits = parsed }
        let dataProtection = top["data_protection"].map { contentActions($0, in: "data_protection") } ?? [:]
        let injection = top["injection"].flatMap { injectionPolicy($0, in: "injection") } ?? InjectionPolicy()
        var answers = AnswerPolicy()
        if let node = top["answers"], let parsed = answerPolicy(node) { answers = parsed }
        crossCheck(providers: providers, models: models, roles: roles, top: top)
        return Policy(
            providers: providers,
            models: models,
            roles: roles,
            limits: limits,
            dataProtection: dataProtection,
            injection: injection,
            answers: answers
        )
    }

    static func line(of error: any Error) -> Int? {
        if case let YamlError.scanner(_, _, mark, _) = error { return mark.line }
        if case let YamlError.parser(_, _, mark, _) = error { return mark.line }
        if case let YamlError.composer(_, _, mark, _) = error { return mark.line }
        return nil
    }

    mutating func provider(_ node: Node) -> ProviderPolicy? {
        guard let map = mapping(node, "a provider") else { return nil }
        allowOnly(map, keys: ["id", "base_url", "api_key_env", "api_key_file", "timeout_seconds"], in: "a provider")
        guard let id = identifier(map, "id", in: "a provider") else { return nil }
        guard let baseURLNode = map["base_url"], let baseURL = string(baseURLNode, "base_url") else {
            problem(node, "provider '\(id)' has no base_url", fix: "add `base_url: https://…/v1`")
            return nil
        }
        if !Self.isAcceptableBaseURL(baseURL) {
            problem(
                baseURLNode,
                "provider '\(id)' base_url '\(baseURL)' is not an https URL",
                fix: "use https:// (plain http is accepted only for loopback hosts such as http://127.0.0.1:PORT)"
            )
        }
        var credential = CredentialReference.none
        switch (map["api_key_env"], map["api_key_file"]) {
        case let (env?, nil): credential = string(env, "api_key_env").map(CredentialReference.environment) ?? .none
        case let (nil, file?): credential = string(file, "api_key_file").map(CredentialReference.file) ?? .none
        case (_?, let file?):
            problem(file, "provider '\(id)' sets both api_key_env and api_key_file", fix: "keep only one of them")
        case (nil, nil): break
        }
        var timeout = 60.0
        if let t = map["timeout_seconds"] {
            if let v = t.scalar.flatMap({ Double($0.string) }), v > 0, v <= 3600 {
                timeout = v
            } else {
                problem(
                    t,
                    "timeout_seconds must be a number of seconds between 0 and 3600",
                    fix: "e.g. `timeout_seconds: 60`"
                )
            }
        }
        return ProviderPolicy(id: id, baseURL: baseURL, credential: credential, timeoutSeconds: timeout)
    }

    static func isAcceptableBaseURL(_ url: String) -> Bool {
        let lower = url.lowercased()
        if lower.hasPrefix("https://") { return lower.count > "https://".count }
        for host in ["http://127.", "http://localhost", "http://[::1]"] where lower.hasPrefix(host) { return true }
        return false
    }

    mutating func model(_ node: Node) -> ModelPolicy? {
        guard let map = mapping(node, "a model") else { return nil }
        allowOnly(map, keys: ["id", "provider", "upstream_model"], in: "a model")
        guard let id = identifier(map, "id", in: "a model") else { return nil }
        guard let providerNode = map["provider"], let provider = string(providerNode, "provider") else {
            problem(node, "model '\(id)' has no provider", fix: "add `provider: ID` naming one of the providers")
            return nil
        }
        let upstream = map["upstream_model"].flatMap { string($0, "upstream_model") }
        return ModelPolicy(id: id, provider: provider, upstreamModel: upstream)
    }

    mutating func role(_ key: Node, _ node: Node) -> RolePolicy? {
        guard let name = string(key, "a role name"), !name.isEmpty else { return nil }
        guard let map = mapping(node, "role '\(name)'") else { return nil }
        allowOnly(
            map,
            keys: ["permissions", "models", "requests_per_minute", "data_protection", "injection"],
            in: "role '\(name)'"
        )
        var permissions = Set<Permission>()
        for p in list(map["permissions"], "permissions of role '\(name)'") {
            guard let raw = string(p, "a permission") else { continue }
            if let permission = Permission(rawValue: raw) {
                permissions.insert(permission)
            } else {
                let known = Permission.allCases.map(\.rawValue).joined(separator: ", ")
                problem(p, "role '\(name)' has unknown permission '\(raw)'", fix: "use one of: \(known)")
            }
        }
        let models = Set(list(map["models"], "models of role '\(name)'").compactMap { string($0, "a model id") })
        var rpm: Int?
        if let r = map["requests_per_minute"] {
            if let v = r.scalar.flatMap({ Int($0.string) }), v > 0 {
                rpm = v
            } else {
                problem(
                    r,
                    "requests_per_minute of role '\(name)' must be a positive whole number",
                    fix: "e.g. `requests_per_minute: 60`"
                )
            }
        }
        let dataProtection =
            map["data_protection"].map { contentActions($0, in: "data_protection of role '\(name)'") } ?? [:]
        let injection = map["injection"].flatMap { injectionPolicy($0, in: "injection of role '\(name)'") }
        return RolePolicy(
            name: RoleName(name),
            permissions: permissions,
            models: models,
            requestsPerMinute: rpm,
            dataProtection: dataProtection,
            injection: injection
        )
    }

    mutating func contentActions(_ node: Node, in what: String) -> [String: ContentAction] {
        guard let map = mapping(node, what) else { return [:] }
        var actions: [String: ContentAction] = [:]
        for (key, value) in map {
            guard let type = string(key, "a data type"), let raw = string(value, "an action") else { continue }
            guard dataTypes.contains(type) else {
                problem(
                    key,
                    "unknown data type '\(type)' in \(what)",
                    fix: "use one of: \(dataTypes.sorted().joined(separator: ", "))"
                )
                continue
            }
            guard let action = ContentAction(rawValue: raw) else {
                let known = ContentAction.allCases.map(\.rawValue).joined(separator: ", ")
                problem(value, "unknown action '\(raw)' for \(type)", fix: "use one of: \(known)")
                continue
            }
            actions[type] = action
        }
        return actions
    }

    mutating func injectionPolicy(_ node: Node, in what: String) -> InjectionPolicy? {
        guard let map = mapping(node, what) else { return nil }
        allowOnly(map, keys: ["action", "threshold"], in: what)
        var policy = InjectionPolicy()
        if let a = map["action"], let raw = string(a, "action") {
            if let action = InjectionPolicy.Action(rawValue: raw) {
                policy.action = action
            } else {
                problem(a, "unknown injection action '\(raw)'", fix: "use one of: block, flag, allow")
            }
        }
        if let t = map["threshold"] {
            if let v = t.scalar.flatMap({ Double($0.string) }), v > 0, v <= 1 {
                policy.threshold = v
            } else {
                problem(t, "injection threshold must be a number in (0, 1]", fix: "e.g. `threshold: 0.6`")
            }
        }
        return policy
    }

    mutating func answerPolicy(_ node: Node) -> AnswerPolicy? {
        guard let map = mapping(node, "answers") else { return nil }
        allowOnly(map, keys: ["allowed_link_hosts", "canaries", "data_protection"], in: "answers")
        var policy = AnswerPolicy()
        if let node = map["data_protection"] {
            policy.dataProtection = contentActions(node, in: "answers.data_protection")
            for (key, value) in node.mapping ?? [:] {
                guard let raw = value.scalar?.string, let action = ContentAction(rawValue: raw),
                    action == .block || action == .pseudonymize
                else { continue }
                problem(
                    value,
                    "'\(raw)' cannot apply to answers (\(key.scalar?.string ?? "a type") in answers.data_protection)",
                    fix: "use mask, flag or allow: an answer under way cannot be refused or pseudonymized"
                )
                policy.dataProtection[key.scalar?.string ?? ""] = nil
            }
        }
        for h in list(map["allowed_link_hosts"], "allowed_link_hosts") {
            guard let host = string(h, "a host") else { continue }
            if host.isEmpty || host.contains("/") || host.contains(":") || host.contains(" ") {
                problem(
                    h,
                    "'\(host)' is not a host name",
                    fix: "write a bare host such as docs.example.com (subdomains are included)"
                )
            } else {
                policy.allowedLinkHosts.append(host.lowercased())
            }
        }
        for c in list(map["canaries"], "canaries") {
            guard let canary = string(c, "a canary") else { continue }
            if canary.count < 8 {
                problem(
                    c,
                    "canary '\(canary)' is too short to be distinctive",
                    fix: "use a random string of 8 or more characters"
                )
            } else {
                policy.canaries.append(canary)
            }
        }
        return policy
    }

    mutating func limitsPolicy(_ node: Node) -> LimitsPolicy? {
        guard let map = mapping(node, "limits") else { return nil }
        allowOnly(map, keys: ["max_request_bytes", "auth_failures_per_minute"], in: "limits")
        var limits = LimitsPolicy()
        if let m = map["max_request_bytes"] {
            if let v = m.scalar.flatMap({ Int($0.string) }), v >= 1024, v <= 64 << 20 {
                limits.maxRequestBytes = v
            } else {
                problem(
                    m,
                    "max_request_bytes must be between 1024 and 67108864",
                    fix: "e.g. `max_request_bytes: 1048576`"
                )
            }
        }
        if let a = map["auth_failures_per_minute"] {
            if let v = a.scalar.flatMap({ Int($0.string) }), v >= 1, v <= 100_000 {
                limits.authFailuresPerMinute = v
            } else {
                problem(
                    a,
                    "auth_failures_per_minute must be a whole number between 1 and 100000",
                    fix: "e.g. `auth_failures_per_minute: 30`"
                )
            }
        }
        return limits
    }

    mutating func crossCheck(providers: [ProviderPolicy], models: [ModelPolicy], roles: [RolePolicy], top: Node.Mapping)
    {
        let providerIDs = Set(providers.map(\.id))
        let modelIDs = Set(models.map(\.id))
        duplicates(providers.map(\.id), in: top["providers"], what: "provider")
        duplicates(models.map(\.id), in: top["models"], what: "model")
        for (index, model) in models.enumerated() where !providerIDs.contains(model.provider) {
            let node = top["models"]?.sequence.map { Array($0)[index] }
            problem(
                node?.mapping?["provider"] ?? node,
                "model '\(model.id)' names unknown provider '\(model.provider)'",
                fix:
                    "add a provider with `id: \(model.provider)` or use one of: \(providerIDs.sorted().joined(separator: ", "))"
            )
        }
        for role in roles {
            for model in role.models.sorted() where model != "*" && !modelIDs.contains(model) {
                let node = top["roles"]?.mapping?[role.name.rawValue]?.mapping?["models"]
                problem(
                    node,
                    "role '\(role.name)' allows unknown model '\(model)'",
                    fix: "define the model under `models:` or remove it from the role"
                )
            }
        }
    }

    mutating func duplicates(_ ids: [String], in node: Node?, what: String) {
        var seen = Set<String>()
        for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
            let item = node?.sequence.map { Array($0)[index] }
            problem(item, "\(what) id '\(id)' is defined twice", fix: "give each \(what) a unique id")
        }
    }

    // MARK: shape helpers

    mutating func mapping(_ node: Node, _ what: String) -> Node.Mapping? {
        if let m = node.mapping { return m }
        problem(
            node,
            "\(what) must be a mapping of `key: value` lines",
            fix: "indent its fields under it as `key: value`"
        )
        return nil
    }

    mutating func list(_ node: Node?, _ what: String) -> [Node] {
        guard let node else { return [] }
        if let s = node.sequence { return Array(s) }
        problem(node, "\(what) must be a list", fix: "write each entry on its own line starting with `- `")
        return []
    }

    mutating func string(_ node: Node, _ what: String) -> String? {
        if let s = node.scalar { return s.string }
        problem(node, "\(what) must be a plain value", fix: "write it as a single value, not a list or mapping")
        return nil
    }

    mutating func identifier(_ map: Node.Mapping, _ key: String, in what: String) -> String? {
        guard let node = map[key] else {
            problem(map.first?.key, "\(what) has no `\(key)`", fix: "add `\(key): NAME`")
            return nil
        }
        guard let value = string(node, key), !value.isEmpty else { return nil }
        return value
    }

    mutating func allowOnly(_ map: Node.Mapping, keys: Set<String>, in what: String) {
        for (key, _) in map {
            guard let name = key.scalar?.string, !keys.contains(name) else { continue }
            problem(
                key,
                "unknown key '\(name)' in \(what)",
                fix: "remove it or use one of: \(keys.sorted().joined(separator: ", "))"
            )
        }
    }
}
