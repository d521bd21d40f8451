/**
 * Hosts and operations: the servers of each PoP, their processes and BGP daemons, the monitor
 * daemon on every server, the PoP's control server, and the failure and repair actions of a
 * scenario. It models the seed's "Anycast in the LAN" and its "Failure Scenarios".
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link org.anycastsim.core.host.ServerHost}: one server; {@link org.anycastsim.core.host.HardwareState}
 *       (UP, CRASHED, BOOTING, POWERED_OFF), its {@link org.anycastsim.core.host.ServiceProcess}es
 *       ({@link org.anycastsim.core.host.ProcessState}), its {@link org.anycastsim.core.host.ServerRoutes}
 *       (what it announces through its {@link org.anycastsim.core.host.BgpDaemon}, with its own
 *       weight per prefix as MED) and its {@link org.anycastsim.core.host.MonitorDaemon}.</li>
 *   <li>{@link org.anycastsim.core.host.ServiceCatalog}: service name to anycast prefixes (from
 *       the topology) and to {@link org.anycastsim.core.host.ServiceSpec} (capacity, worker slots,
 *       which prefixes its failure withdraws).</li>
 *   <li>{@link org.anycastsim.core.host.ControlServerAgent}: probes the PoP's servers, reboots
 *       dead ones by IPMI then PDU, restarts their BGP daemon once verified, tells cut-off servers
 *       from dead ones, and aggregates the PoP's spare capacity for load shedding.</li>
 *   <li>{@link org.anycastsim.core.host.NetworkOperations}: switch, router and link failures,
 *       alerts and repairs; {@link org.anycastsim.core.host.Operations}: the facade a scenario
 *       calls; {@link org.anycastsim.core.host.Hosts}: the assembly, which is also the
 *       {@link org.anycastsim.core.host.HostView}.</li>
 *   <li>{@link org.anycastsim.core.host.QueueingModel}: utilisation, drops above capacity and the
 *       M/M/c (Erlang C) queueing delay.</li>
 *   <li>Configuration records, all with defaults: {@link org.anycastsim.core.host.HostConfig},
 *       {@link org.anycastsim.core.host.MonitorConfig}, {@link org.anycastsim.core.host.ControlConfig},
 *       {@link org.anycastsim.core.host.RepairConfig}, {@link org.anycastsim.core.host.ServerOverrides}.</li>
 * </ul>
 *
 * <h2>How the other layers plug in</h2>
 * <ul>
 *   <li><b>BGP</b>: {@code Hosts.build} takes a {@code Function<Server, BgpDaemon>}. The host
 *       layer calls {@code start()} when the box enters service and when the control server has
 *       verified a rebooted box, {@code kill()} the instant the box goes down (no withdrawals: the
 *       router notices by BFD or hold timer), and {@code announce(prefix, weight)} /
 *       {@code withdraw(prefix)} only while the daemon runs. A weight change on an announced
 *       prefix is a new {@code announce} with the new MED. After {@code start()} the host layer
 *       announces every prefix it wants; it does not rely on the daemon remembering routes across
 *       a kill.</li>
 *   <li><b>Topology</b>: a server's node is up exactly while its hardware is UP: it goes down
 *       (after {@code kill()}) when the box crashes, is reset or powered off, and comes up when
 *       it has booted. Switch, router and link failures are
 *       {@code setNodeUp} / {@code setLinkUp}; listeners (BGP sessions, forwarding) react.</li>
 *   <li><b>Traffic</b>: reads {@link org.anycastsim.core.host.HostView} ({@code canServe},
 *       {@code capacityRps}, {@code extraLoadRps}) and {@code Hosts.servingCapacityRps} /
 *       {@code Hosts.meanWaitSeconds}; serves {@code min(offered, capacity)} and drops the rest.
 *       It implements {@link org.anycastsim.core.host.LoadView}, whose {@code utilisation} must be
 *       (offered to the server's services with prefixes + extra load) / serving capacity: that
 *       number is what the monitors compare with their water marks. It may be attached after
 *       building ({@code Hosts.setLoadView}).</li>
 *   <li><b>Scenarios</b>: build {@code Hosts}, call {@code start()}, then schedule
 *       {@link org.anycastsim.core.host.Operations} calls on the simulator.</li>
 * </ul>
 *
 * <h2>Event log</h2>
 * Every step is logged at its simulated time, with the node it concerns: failures
 * ({@code process-crash}, {@code server-crash}, {@code switch-crash}, {@code router-crash},
 * {@code link-cut}), detections ({@code monitor-detect}, {@code probe-timeout}, {@code no-answer},
 * {@code reachable-again}), withdrawals and announcements (type = the reason: {@code service-down},
 * {@code service-up}, {@code load-shed}, {@code load-restore}, {@code bgp-start},
 * {@code weight-change}; fields {@code prefix}, {@code service}, {@code weight}, {@code reason}),
 * repairs ({@code process-up}, {@code booted}, {@code bgp-start}, {@code switch-repair},
 * {@code router-repair}, {@code link-restore}), alerts ({@code switch-failure},
 * {@code router-failure}, {@code link-failure}, {@code servers-unreachable}, {@code mass-vanish},
 * {@code needs-hands}), and information ({@code process-restart}, {@code monitor-verify},
 * {@code ipmi-reboot}, {@code pdu-cycle}, {@code power-off}, {@code boot}, {@code verify},
 * {@code set-weight}, {@code restore-server}); {@code overload} is TRAFFIC.
 *
 * <h2>Random streams</h2>
 * {@code host.<server>.restart}, {@code .boot}, {@code .ipmi}, {@code .pdu}, {@code .start};
 * {@code net.<switch or router>.repair}, {@code net.<a>~<b>.repair} for links.
 */
package org.anycastsim.core.host;
