// Request messages of every method of the contract, as raw bytes, sent to a
// real flowdeskd server in this process (the demo site over a temporary data
// folder, no live traffic) by a signed-in account of each role: the server's
// parsing of the message, its authorization, its checks and what the handler
// then does with the store.
//
// Input: "<account> <full method name>\n" then the serialized request, e.g.
// "operator /flowdesk.v1.TransactionService/ListTransactions\n<bytes>". A
// first line that names no account or method picks both from its hash.

#include "demosite.h"
#include "fuzzinput.h"
#include "server.h"

#include "flowdesk/v1/audit.grpc.pb.h"
#include "flowdesk/v1/connector.grpc.pb.h"
#include "flowdesk/v1/dashboard.grpc.pb.h"
#include "flowdesk/v1/event.grpc.pb.h"
#include "flowdesk/v1/flow.grpc.pb.h"
#include "flowdesk/v1/ingest.grpc.pb.h"
#include "flowdesk/v1/session.grpc.pb.h"
#include "flowdesk/v1/transaction.grpc.pb.h"
#include "flowdesk/v1/user.grpc.pb.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <spdlog/spdlog.h>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/client_unary_call.h>
#include <grpcpp/support/sync_stream.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unistd.h>
#include <vector>

using namespace flowdesk::backend;

namespace {

struct Method {
    std::string path;  // "/flowdesk.v1.TransactionService/ListTransactions"
    bool serverStreaming = false;
    const google::protobuf::Message *prototype = nullptr;  // of the request
};

const char *const kAccounts[] = {"viewer", "operator", "admin", "auditor", "connector", "nobody"};

struct Harness {
    std::string dir;
    std::unique_ptr<DemoSite> site;
    std::unique_ptr<BackendServer> server;
    std::shared_ptr<grpc::Channel> channel;
    std::vector<Method> methods;
    std::map<std::string, std::string> tokens;  // account -> session token

    std::string login(const std::string &account)
    {
        auto stub = flowdesk::v1::SessionService::NewStub(channel);
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
        flowdesk::v1::LoginRequest request;
        request.set_username(account);
        request.set_password("demo-" + account);
        request.set_client("flowdesk fuzz");
        flowdesk::v1::LoginResponse response;
        return stub->Login(&context, request, &response).ok() ? response.token() : std::string();
    }
};

Harness *h;

void collectMethods()
{
    const auto *pool = google::protobuf::DescriptorPool::generated_pool();
    // Every service of the contract (the generated files are linked in).
    for (const char *file : {"flowdesk/v1/session.proto", "flowdesk/v1/flow.proto", "flowdesk/v1/transaction.proto",
                             "flowdesk/v1/event.proto", "flowdesk/v1/ingest.proto", "flowdesk/v1/dashboard.proto",
                             "flowdesk/v1/connector.proto", "flowdesk/v1/user.proto", "flowdesk/v1/audit.proto"}) {
        const auto *fd = pool->FindFileByName(file);
        if (!fd)
            std::abort();
        for (int s = 0; s < fd->service_count(); ++s) {
            const auto *service = fd->service(s);
            for (int m = 0; m < service->method_count(); ++m) {
                const auto *method = service->method(m);
                if (method->client_streaming())
                    continue;
                h->methods.push_back({"/" + service->full_name() + "/" + method->name(), method->server_streaming(),
                                      google::protobuf::MessageFactory::generated_factory()->GetPrototype(
                                          method->input_type())});
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // The generated services register their descriptors when they are used.
    (void)flowdesk::v1::SessionService::service_full_name();
    // The server's own log says what each call did; only warnings and errors
    // stay (a fuzz run makes millions of calls).
    spdlog::set_level(spdlog::level::warn);
    h = new Harness;
    char dir[] = "/tmp/flowdesk-fuzz-request-XXXXXX";
    if (!mkdtemp(dir))
        std::abort();
    h->dir = dir;
    BackendOptions o;
    o.listenAddress = "127.0.0.1:0";
    o.dataDir = h->dir;
    o.masterKeyFile = h->dir + "/flowdeskd.key";
    // Sign-in is not what this target fuzzes: the cheapest Argon2id.
    o.passwordCost = PasswordCost{64, 1, 1};
    o.engine.backoffScale = 0.001;
    DemoOptions demo;
    demo.seed = 7;
    demo.traffic = false;
    demo.seedHistory = true;
    demo.historyCount = 60;
    demo.historySpanMs = 2LL * 24 * 3600 * 1000;
    demo.targets.connectivityFailureRate = 0;
    demo.targets.authFailureRate = 0;
    demo.passwordCost = o.passwordCost;
    h->site = std::make_unique<DemoSite>(demo);
    h->server = std::make_unique<BackendServer>(o, *h->site);
    std::string error;
    if (h->server->start(&error) < 0) {
        std::fprintf(stderr, "fuzz_request: flowdeskd did not start: %s\n", error.c_str());
        std::abort();
    }
    h->channel = grpc::CreateChannel(h->server->address(), grpc::experimental::LocalCredentials(LOCAL_TCP));
    if (!h->channel->WaitForConnected(std::chrono::system_clock::now() + std::chrono::seconds(20)))
        std::abort();
    collectMethods();
    if (h->methods.size() < 30)
        std::abort();
    for (const char *account : kAccounts)
        h->tokens[account] = h->login(account);
    // The folder goes when the process ends; the server keeps its files open.
    std::atexit([] { std::filesystem::remove_all(h->dir); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string input(reinterpret_cast<const char *>(data), size);
    const auto newline = input.find('\n');
    const std::string head = newline == std::string::npos ? input.substr(0, 64) : input.substr(0, newline);
    const std::string body = newline == std::string::npos ? std::string() : input.substr(newline + 1);

    const std::size_t hash = std::hash<std::string>{}(head);
    std::string account = kAccounts[hash % std::size(kAccounts)];
    const Method *method = &h->methods[(hash / 7) % h->methods.size()];
    if (const auto space = head.find(' '); space != std::string::npos) {
        const std::string a = head.substr(0, space);
        const std::string m = head.substr(space + 1);
        for (const char *known : kAccounts)
            if (a == known)
                account = a;
        for (const auto &candidate : h->methods)
            if (candidate.path == m)
                method = &candidate;
    }

    // The signed-in accounts stay usable: their passwords are not reset and
    // they are not disabled (every other account may be).
    if (method->path == "/flowdesk.v1.UserService/ResetPassword"
        || method->path == "/flowdesk.v1.UserService/UpdateUser") {
        flowdesk::v1::UpdateUserRequest update;  // username is field 1 of both
        if (update.ParseFromString(body) && h->tokens.count(update.username()))
            return -1;  // not added to the corpus
    }

    auto &token = h->tokens[account];
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(method->serverStreaming ? 100 : 5000));
    if (!token.empty())
        context.AddMetadata("authorization", "Bearer " + token);
    context.AddMetadata("accept-language", hash % 3 ? "en" : "de");

    grpc::Slice slice(body);
    grpc::ByteBuffer request(&slice, 1);
    grpc::Status status;
    if (method->serverStreaming) {
        const grpc::internal::RpcMethod rpc(method->path.c_str(), grpc::internal::RpcMethod::SERVER_STREAMING,
                                            h->channel);
        std::unique_ptr<grpc::ClientReader<grpc::ByteBuffer>> reader(
            grpc::internal::ClientReaderFactory<grpc::ByteBuffer>::Create(h->channel.get(), rpc, &context, request));
        grpc::ByteBuffer message;
        for (int i = 0; i < 3 && reader->Read(&message); ++i) {
        }
        context.TryCancel();
        status = reader->Finish();
    } else {
        const grpc::internal::RpcMethod rpc(method->path.c_str(), grpc::internal::RpcMethod::NORMAL_RPC, h->channel);
        grpc::ByteBuffer response;
        status = grpc::internal::BlockingUnaryCall<grpc::ByteBuffer, grpc::ByteBuffer>(h->channel.get(), rpc, &context,
                                                                                        request, &response);
    }
    // An answer without a precise status to a request that is a message of
    // the contract: named once per method and message (the run goes on; the
    // sanitizers end it at a real fault). Bytes that are no such message
    // (malformed, or text that is not UTF-8) get gRPC's own INTERNAL before
    // any of flowdeskd's code runs.
    const auto code = status.error_code();
    bool wellFormed = false;
    {
        std::unique_ptr<google::protobuf::Message> parsed(method->prototype->New());
        wellFormed = parsed->ParseFromString(body);
    }
    if (wellFormed && (code == grpc::StatusCode::UNKNOWN || code == grpc::StatusCode::INTERNAL
                       || code == grpc::StatusCode::DATA_LOSS)) {
        static std::set<std::string> seen;
        const std::string what = method->path + " (" + account + "): " + std::to_string(code) + " "
            + status.error_message();
        if (seen.insert(what).second)
            std::fprintf(stderr, "fuzz_request: imprecise answer: %s\n", what.c_str());
    }
    // A session the input ended (Logout, a password reset) is opened again.
    if (status.error_code() == grpc::StatusCode::UNAUTHENTICATED && account != "nobody")
        token = h->login(account);
    return 0;
}
