"""The official `openai` Python client, pointed at Bulwark, for the calls staff make every day."""
import httpx
import openai
import pytest

from conftest import PROVIDER_KEY


def client_for(gateway, key):
    return openai.OpenAI(base_url=gateway.url + "/v1", api_key=key, max_retries=0,
                         http_client=httpx.Client(verify=gateway.ssl_context(), timeout=20))


def test_non_streamed_chat_completes_with_usage(gateway):
    client = client_for(gateway, gateway.keys["alice"])
    completion = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "How do I rotate logs?"}])
    assert completion.choices[0].message.content == "echo: How do I rotate logs?"
    assert completion.usage.completion_tokens == 6
    assert completion.usage.prompt_tokens > 0


def test_streamed_chat_arrives_in_pieces_with_usage(gateway):
    client = client_for(gateway, gateway.keys["alice"])
    # Answer inspection holds back only a short unfinished tail (about 48 characters), so a longer answer
    # must reach the client in several pieces, not in one at the end.
    words = "the quarterly numbers look fine and the team ships the release on tuesday after review".split()
    stream = client.chat.completions.create(model="gpt-4o-mini", stream=True, stream_options={"include_usage": True},
                                            messages=[{"role": "user", "content": " ".join(words)}])
    pieces, usage = [], None
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            pieces.append(chunk.choices[0].delta.content)
        if chunk.usage:
            usage = chunk.usage
    assert "".join(pieces) == "echo: " + " ".join(words)
    assert len(pieces) >= 4
    assert usage is not None and usage.completion_tokens == len(words) + 1


def test_models_lists_only_what_the_role_may_use(gateway):
    staff = sorted(m.id for m in client_for(gateway, gateway.keys["alice"]).models.list())
    admin = sorted(m.id for m in client_for(gateway, gateway.keys["root"]).models.list())
    assert staff == ["broken", "chunky", "gpt-4o-mini", "slow", "tool"]
    assert admin == ["broken", "chunky", "gpt-4o", "gpt-4o-mini", "slow", "tool"]


def test_a_bad_key_is_an_authentication_error(gateway):
    with pytest.raises(openai.AuthenticationError) as info:
        client_for(gateway, "bwk_" + "x" * 43).chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert info.value.status_code == 401
    assert info.value.code == "invalid_api_key"


def test_a_forbidden_model_is_a_permission_error(gateway):
    with pytest.raises(openai.PermissionDeniedError) as info:
        client_for(gateway, gateway.keys["alice"]).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    assert info.value.status_code == 403
    assert info.value.code == "model_not_allowed"


def test_an_unknown_model_is_not_found(gateway):
    with pytest.raises(openai.NotFoundError):
        client_for(gateway, gateway.keys["alice"]).chat.completions.create(model="gpt-9", messages=[{"role": "user", "content": "hi"}])


def test_upstream_failure_and_timeout_are_502_and_504(gateway):
    client = client_for(gateway, gateway.keys["alice"])
    with pytest.raises(openai.APIStatusError) as failed:
        client.chat.completions.create(model="broken", messages=[{"role": "user", "content": "hi"}])
    assert failed.value.status_code == 502
    assert "Incorrect API key" not in str(failed.value.body)
    with pytest.raises(openai.APIStatusError) as slow:
        client.chat.completions.create(model="slow", messages=[{"role": "user", "content": "hi"}])
    assert slow.value.status_code == 504


def test_logs_hold_no_secrets_and_no_prompt_text(gateway):
    # Runs after the calls above (pytest keeps file order).
    log = gateway.log.read_text()
    assert "request" in log or "listening" in log
    for secret in [PROVIDER_KEY, gateway.keys["alice"], gateway.keys["root"], "How do I rotate logs?"]:
        assert secret not in log


def test_health_and_readiness_over_tls(gateway):
    status, headers, body = gateway.get("/readyz")
    assert status == 200 and '"ready"' in body
    assert headers.get("Strict-Transport-Security", headers.get("strict-transport-security"))
    status, _, metrics = gateway.get("/metrics")
    assert status == 200 and "bulwark_http_requests_total" in metrics
