// Runs on the generated project (goal.txt only validates it): `mvn -o package` builds, tests and packages it offline,
// from what building Kiln put in the local repository (its artifacts, their dependencies, the same plugin versions);
// then the application, found without being named, is started the two ways its README gives — the packaged jar, and
// from Maven, offline too — each on a free port, and answers a GET.
import java.util.concurrent.TimeUnit
import java.util.jar.JarFile

File projectDir = context.projectDir // the generated project (maven-script-interpreter passes the mojo's map as context)
def java = new File(System.getProperty('java.home'), 'bin/java').path
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def localRepository = System.getProperty('maven.repo.local')
def offline = [mvn, '-o', '-B'] + (localRepository ? ["-Dmaven.repo.local=${localRepository}".toString()] : [])

def buildLog = new File(projectDir, 'build-offline.log')
def build = new ProcessBuilder(offline + ['package']).directory(projectDir).redirectErrorStream(true)
        .redirectOutput(buildLog).start()
assert build.waitFor(300, TimeUnit.SECONDS): "mvn -o package did not finish in 300 s:\n${buildLog.text}"
assert build.exitValue() == 0: "mvn -o package failed:\n${buildLog.text}"
assert buildLog.text.contains('Tests run: 1, Failures: 0, Errors: 0'): "the generated test did not run:\n${buildLog.text}"

def service = new File(projectDir, 'greeter-service')
def jar = new File(service, 'target/greeter-service.jar')
def mainClass = new JarFile(jar).withCloseable { it.manifest.mainAttributes.getValue('Main-Class') }
assert mainClass == 'com.acme.greeter.Main'
def lib = new File(service, 'target/lib').list() as List
assert lib.contains('greeter-api-1.0-SNAPSHOT.jar') && lib.any { it.startsWith('kiln-runtime-core-') }

// The API module holds the client side only; the router is generated where the interface is served.
def api = new File(projectDir, 'greeter-api/target/greeter-api-1.0-SNAPSHOT.jar')
def entries = { File f -> new JarFile(f).withCloseable { it.entries().collect { it.name } } }
assert entries(api).contains('com/acme/greeter/api/GreetingApiClient.class')
assert !entries(api).any { it.endsWith('Router.class') }
assert entries(jar).contains('com/acme/greeter/api/GreetingApiRouter.class')

answers(projectDir, [java, '-jar', jar.path, "--server.port=%d"], new File(service, 'target/run-jar.log'))
answers(projectDir, offline + ['-q', 'process-classes', 'exec:exec', "-Dapp.args=--server.port=%d"],
        new File(service, 'target/run-maven.log'))
return true

// Starts `command` (%d: a free port) in `project` and GETs a route until it answers, within 60 s; then stops it.
void answers(File project, List<String> command, File log) {
    int port = new ServerSocket(0).withCloseable { it.localPort }
    def process = new ProcessBuilder(command.collect { String.format(it, port) })
            .directory(project).redirectErrorStream(true).redirectOutput(log).start()
    try {
        def url = new URL("http://127.0.0.1:${port}/greetings/Ada")
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60)
        String body = null
        while (body == null) {
            assert process.alive: "${command} stopped before answering:\n${log.text}"
            try {
                body = url.text
            } catch (IOException notYet) {
                assert System.nanoTime() < deadline: "${command}: no answer on port ${port} within 60 s:\n${log.text}"
                process.waitFor(100, TimeUnit.MILLISECONDS) // ends early if the process exits
            }
        }
        assert body == '{"text":"Hello, Ada"}'
    } finally {
        process.toHandle().descendants().forEach { it.destroy() }
        process.destroy()
        assert process.waitFor(30, TimeUnit.SECONDS): "${command} did not stop"
    }
}
